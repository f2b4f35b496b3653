package io.pacer.ingest.ledger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the topics ingest reads and writes when they don't exist yet, as {@link Topics#ALL} specifies them (the
 * ledger kept forever, the register and project topics compacted, the Kafka inbox and its rejections, and the
 * dead-letter topics ingest writes to), before the binder starts and would create them with broker defaults. Only
 * ingest's own topics: the others are created by whoever deploys Pacer (local-stack, the compose script) or by the
 * service that uses them. An existing topic is never
 * changed: more partitions would move keys and break the per-parent partitioning rule. (Not Spring's KafkaAdmin,
 * which adds partitions to an existing topic.) Kafka being down is not fatal here: the writes will answer 503.
 */
@Component
class TopicSetup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    /** The topics ingest reads or writes, dead-letter topics included. */
    static final List<String> TOPICS = List.of(Topics.SUBMISSIONS, Topics.REFERENCE, Topics.PROJECTS, Topics.INBOX,
            Topics.INBOX_REJECTED, Topics.SUBMISSIONS_DLQ, Topics.REFERENCE_DLQ, Topics.PROJECTS_DLQ);

    private final KafkaProperties kafka;
    private final IngestProperties properties;

    TopicSetup(KafkaProperties kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<NewTopic> wanted = wanted(properties.ledgerPartitions());
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

    /** Ingest's topics as {@link Topics#ALL} specifies them, for a ledger of {@code ledgerPartitions}. */
    static List<NewTopic> wanted(int ledgerPartitions) {
        return TOPICS.stream().map(Topics::spec)
                .map(spec -> new NewTopic(spec.name(), spec.partitionCount(ledgerPartitions), (short) -1)
                        .configs(spec.configs()))
                .toList();
    }
}
