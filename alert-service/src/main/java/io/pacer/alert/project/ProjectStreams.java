package io.pacer.alert.project;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Binding {@code projects-in-0} ← {@code pacer.projects}, on every instance (a group of its own per start). What
 * was on the topic at start-up is restored on assignment without judging; what arrives after it is live.
 */
@Configuration(proxyBeanMethods = false)
class ProjectStreams {

    @Bean
    Consumer<Message<Object>> projects(ProjectIntake intake) {
        return message -> intake.apply(key(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY)),
                message.getPayload() instanceof byte[] bytes ? bytes : null, true);
    }

    private static String key(Object key) {
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }
}
