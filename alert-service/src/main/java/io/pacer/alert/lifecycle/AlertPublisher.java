package io.pacer.alert.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final List<TransitionListener> listeners;

    AlertPublisher(AlertStore alerts, StreamBridge bridge, List<TransitionListener> listeners) {
        this.alerts = alerts;
        this.bridge = bridge;
        this.listeners = listeners;
    }

    public synchronized void publish(Collection<String> alertIds) {
        Map<String, List<AlertEvent>> pending = new LinkedHashMap<>();
        for (String id : alertIds) {
            alerts.find(id).ifPresent(stored -> pending.put(id, events(stored.pending())));
        }
        List<AlertEvent> all = pending.values().stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return;
        }
        listeners.forEach(listener -> listener.onTransitions(all));
        pending.forEach(this::publish);
    }

    private static List<AlertEvent> events(List<Document> pending) {
        return pending.stream()
                .sorted(Comparator.comparingLong(d -> d.get("sequence", Number.class).longValue()))
                .map(d -> PacerJson.read(d.getString("json").getBytes(StandardCharsets.UTF_8), AlertEvent.class))
                .toList();
    }

    private void publish(String id, List<AlertEvent> events) {
        for (AlertEvent event : events) {
            byte[] json = PacerJson.write(event);
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
