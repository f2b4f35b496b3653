package io.pacer.alert.reference;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Binding {@code reference-in-0} ← {@code pacer.reference}, read from the beginning on every start: regions and
 * indicators for the rules and targets, tokens for authentication.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceStreams {

    @Bean
    Consumer<Message<Object>> reference(ReferenceIntake intake) {
        // a tombstone's payload is KafkaNull, not bytes: it deletes
        return message -> intake.apply(key(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY)),
                message.getPayload() instanceof byte[] bytes ? bytes : null, offset(message));
    }

    /** The record's offset in its partition: the replica keeps the newest record of a key by it. */
    private static long offset(Message<?> message) {
        Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
        if (offset == null) {
            throw new IllegalStateException("a pacer.reference record without its offset");
        }
        return offset;
    }

    private static String key(Object key) {
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }
}
