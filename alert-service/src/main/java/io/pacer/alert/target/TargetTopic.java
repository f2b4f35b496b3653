package io.pacer.alert.target;

import java.nio.charset.StandardCharsets;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

import io.pacer.events.PacerJson;
import io.pacer.events.TargetRecord;

/**
 * Writes targets to {@code pacer.targets} (binding {@value #BINDING}, synchronous): the topic is the targets'
 * system of record, so a PUT is answered only once the broker has the target.
 */
@Component
class TargetTopic {

    static final String BINDING = "targets-out-0";

    private final StreamBridge bridge;

    TargetTopic(StreamBridge bridge) {
        this.bridge = bridge;
    }

    void publish(Target target) {
        TargetRecord record = TargetRecords.toRecord(target);
        boolean sent = bridge.send(BINDING, MessageBuilder.withPayload(PacerJson.write(record))
                .setHeader(KafkaHeaders.KEY, record.key().getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build());
        if (!sent) {
            throw new IllegalStateException("pacer.targets did not take target " + record.key());
        }
    }
}
