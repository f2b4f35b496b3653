package io.pacer.alert.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<AlertEvaluator> evaluator;

    AlertPublisher(AlertStore alerts, StreamBridge bridge, List<TransitionListener> listeners,
            ObjectProvider<AlertEvaluator> evaluator) {
        this.alerts = alerts;
        this.bridge = bridge;
        this.listeners = listeners;
        this.evaluator = evaluator;
    }

    /** Publishes the outboxes of the alerts, as the cache holds them; called under the evaluator's lock. */
    void publish(Collection<String> alertIds, AlertCache cache) {
        Map<String, AlertStore.Stored> current = new LinkedHashMap<>();
        List<AlertEvent> all = new ArrayList<>();
        for (String id : alertIds) {
            AlertStore.Stored stored = cache.get(id);
            if (stored != null && !stored.pending().isEmpty()) {
                current.put(id, stored);
                all.addAll(events(stored.pending()));
            }
        }
        if (all.isEmpty()) {
            return;
        }
        listeners.forEach(listener -> listener.onTransitions(all));
        Map<String, Set<Long>> sent = new HashMap<>();
        try {
            for (AlertEvent event : all) {
                send(event);
                sent.computeIfAbsent(event.alertId(), id -> new HashSet<>()).add(event.sequence());
            }
        } finally {
            Map<String, AlertStore.Stored> after = alerts.published(current, sent);
            after.forEach(cache::put);
            Set<String> stale = new HashSet<>(sent.keySet());
            stale.removeAll(after.keySet());
            if (!stale.isEmpty()) {
                cache.refresh(stale);
            }
        }
    }

    private static List<AlertEvent> events(List<Document> pending) {
        return pending.stream()
                .sorted(Comparator.comparingLong(d -> d.get("sequence", Number.class).longValue()))
                .map(d -> PacerJson.read(d.getString("json").getBytes(StandardCharsets.UTF_8), AlertEvent.class))
                .toList();
    }

    private void send(AlertEvent event) {
        byte[] json = PacerJson.write(event);
        Message<byte[]> message = MessageBuilder.withPayload(json)
                .setHeader(KafkaHeaders.KEY, event.regionId().getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build();
        if (!bridge.send(BINDING, message)) {
            throw new IllegalStateException("pacer.alerts did not take alert " + event.alertId());
        }
        log.info("alert {} {} {} {} {} {} published", event.alertId(), event.transition(), event.rule(),
                event.regionId(), event.indicator(), event.severity());
    }

    @Scheduled(fixedDelayString = "${pacer.alert.publish-retry-interval:5s}",
            initialDelayString = "${pacer.alert.publish-retry-interval:5s}")
    void retryPending() {
        try {
            evaluator.getObject().publishPending();
        } catch (RuntimeException e) {
            log.warn("publishing pending alert transitions failed, will retry: {}", e.toString());
        }
    }
}
