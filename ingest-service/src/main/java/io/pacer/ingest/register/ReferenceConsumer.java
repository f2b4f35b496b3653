package io.pacer.ingest.register;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.pacer.events.PacerJson;
import io.pacer.events.Topics;
import io.pacer.support.kafka.DeadLetters;
import io.pacer.support.kafka.KafkaBatch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads {@code pacer.reference} from the beginning on every start (a group of its own per instance), a poll at a
 * time, so this instance's registers and token directory (kept by the store's replica) follow what any instance
 * published, and writes what MongoDB lacks in one bulk write per collection. A restart finds most records already
 * loaded from MongoDB at the same offset and skips them in memory. A record that cannot be read goes alone to
 * {@code pacer.reference.dlq}; the rest of the poll is applied.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConsumer {

    static final String DEAD_LETTER_TOPIC = Topics.REFERENCE_DLQ;

    @Bean
    Consumer<Message<List<byte[]>>> referenceIn(RegisterStore store, DeadLetters deadLetters) {
        return message -> {
            KafkaBatch batch = KafkaBatch.of(message);
            List<RegisterStore.Applied> records = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                String key = batch.key(i);
                byte[] payload = batch.payload(i);
                try {
                    Object record = payload == null || payload.length == 0 ? null
                            : PacerJson.readReference(key, payload);
                    records.add(new RegisterStore.Applied(key, record, batch.offset(i)));
                }
                catch (RuntimeException e) {
                    deadLetters.send(DEAD_LETTER_TOPIC, batch.rejected(i, e));
                }
            }
            store.applyFromTopic(records);
        };
    }
}
