package io.pacer.alert.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

import io.pacer.events.AlertEvent;
import io.pacer.events.PacerJson;

/**
 * Publishes the alerts' outbox to {@code pacer.alerts} (binding {@value #BINDING}), keyed by region id, in
 * sequence order; an event leaves the outbox only once the broker has it. Whatever fails is retried on a clock,
 * so a transition is published at least once; consumers drop repeats by (alertId, sequence).
 */
@Component
public class AlertPublisher {

    public static final String BINDING = "alerts-out-0";
    private static final Logger log = LoggerFactory.getLogger(AlertPublisher.class);

    private final AlertStore alerts;
    private final StreamBridge bridge;

    AlertPublisher(AlertStore alerts, StreamBridge bridge) {
        this.alerts = alerts;
        this.bridge = bridge;
    }

    public synchronized void publish(Collection<String> alertIds) {
        for (String id : alertIds) {
            alerts.find(id).ifPresent(stored -> publish(id, stored.pending()));
        }
    }

    private void publish(String id, List<Document> pending) {
        List<Document> ordered = pending.stream()
                .sorted(Comparator.comparingLong(d -> d.get("sequence", Number.class).longValue())).toList();
        for (Document entry : ordered) {
            byte[] json = entry.getString("json").getBytes(StandardCharsets.UTF_8);
            AlertEvent event = PacerJson.read(json, AlertEvent.class);
            Message<byte[]> message = MessageBuilder.withPayload(json)
                    .setHeader(KafkaHeaders.KEY, event.regionId().getBytes(StandardCharsets.UTF_8))
                    .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                    .build();
            if (!bridge.send(BINDING, message)) {
                throw new IllegalStateException("pacer.alerts did not take alert " + id);
            }
            alerts.published(id, event.sequence());
            log.info("alert {} {} {} {} {} {} published", id, event.transition(), event.rule(), event.regionId(),
                    event.indicator(), event.severity());
        }
    }

    @Scheduled(fixedDelayString = "${pacer.alert.publish-retry-interval:5s}",
            initialDelayString = "${pacer.alert.publish-retry-interval:5s}")
    void retryPending() {
        try {
            publish(alerts.withPending());
        } catch (RuntimeException e) {
            log.warn("publishing pending alert transitions failed, will retry: {}", e.toString());
        }
    }
}
