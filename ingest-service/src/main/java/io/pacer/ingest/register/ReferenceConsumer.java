package io.pacer.ingest.register;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import io.pacer.events.PacerJson;
import io.pacer.support.security.TokenDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Reads {@code pacer.reference} from the beginning on every start (a group of its own per instance), so this
 * instance's MongoDB projection and token directory follow what any instance published. Applying is idempotent
 * and offset-guarded; a record that cannot be read goes to {@code pacer.reference.dlq} (see application.yml).
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConsumer {

    @Bean
    Consumer<Message<byte[]>> referenceIn(RegisterStore store, TokenDirectory tokens) {
        return message -> {
            String key = text(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY));
            Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
            byte[] payload = message.getPayload();
            Object record = payload == null || payload.length == 0 ? null : PacerJson.readReference(key, payload);
            store.apply(key, record, offset == null ? Long.MAX_VALUE : offset);
            tokens.applyReference(key, record);
        };
    }

    private static String text(Object key) {
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }
}
