package io.pacer.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.pacer.events.PacerJson;
import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * The transitions alert-service published on pacer.alerts, read from the beginning, and what would show that one
 * was sent twice: the same (alert id, sequence) twice, or an alert that fires again without having resolved.
 */
final class AlertTransitions {

    final List<JsonNode> all;

    private AlertTransitions(List<JsonNode> all) {
        this.all = all;
    }

    static AlertTransitions read(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(Topics.ALERTS, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    events.add(PacerJson.mapper().readTree(r.value()));
                }
            }
        }
        return new AlertTransitions(events);
    }

    /** Transitions of rules other than {@code rule}. */
    List<JsonNode> except(String rule) {
        return all.stream().filter(e -> !rule.equals(e.path("rule").asString())).toList();
    }

    /** Every sign of a transition published twice, described. */
    List<String> sentTwice() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (JsonNode e : all) {
            String id = e.path("alertId").asString();
            if (seen.merge(id + "#" + e.path("sequence").asLong(), 1, Integer::sum) == 2) {
                problems.add("transition " + e.path("sequence").asLong() + " of " + id + " published twice");
            }
            kinds.computeIfAbsent(id, k -> new ArrayList<>()).add(e.path("transition").asString());
        }
        kinds.forEach((id, list) -> {
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).equals("FIRING") && !list.get(i - 1).equals("RESOLVED")) {
                    problems.add(id + " fired again without resolving: " + list);
                    break;
                }
            }
        });
        return problems;
    }

    /** Transitions per alert id (the webhook's fingerprint). */
    static Map<String, Integer> countByAlert(List<JsonNode> events) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        events.forEach(e -> counts.merge(e.path("alertId").asString(), 1, Integer::sum));
        return counts;
    }
}
