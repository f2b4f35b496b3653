package io.pacer.ingest.ledger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the topics ingest reads and writes when they don't exist yet (the ledger kept forever, the register and
 * project topics compacted, the Kafka inbox, and its rejections kept forever), before the binder starts and would
 * create them with broker defaults. An existing topic is never
 * changed: more partitions would move keys and break the per-parent partitioning rule. (Not Spring's KafkaAdmin,
 * which adds partitions to an existing topic.) Kafka being down is not fatal here: the writes will answer 503.
 */
@Component
class TopicSetup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private final KafkaProperties kafka;
    private final IngestProperties properties;

    TopicSetup(KafkaProperties kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<NewTopic> wanted = List.of(
                new NewTopic(Topics.SUBMISSIONS, properties.ledgerPartitions(), (short) -1)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                new NewTopic(Topics.REFERENCE, 1, (short) -1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(Topics.INBOX, properties.ledgerPartitions(), (short) -1),
                new NewTopic(Topics.INBOX_REJECTED, properties.ledgerPartitions(), (short) -1)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                new NewTopic(Topics.PROJECTS, 1, (short) -1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        long timeout = properties.kafkaTimeout().toMillis();
        Map<String, Object> config = new java.util.HashMap<>(kafka.buildAdminProperties());
        config.put("default.api.timeout.ms", (int) timeout);
        config.put("request.timeout.ms", (int) timeout);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(timeout, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(timeout, TimeUnit.MILLISECONDS);
                log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (Exception e) {
            log.warn("could not check or create topics {}: {}", wanted.stream().map(NewTopic::name).toList(),
                    e.toString());
        }
    }
}
