package io.pacer.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.pacer.events.TopicSpec;
import io.pacer.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Pacer's topics before any service starts, so none of them is auto-created with broker defaults (the
 * register topic must be compacted, the ledger must never expire). Existing topics are left exactly as they are:
 * adding partitions to a keyed topic would move keys and break the per-parent partitioning rule.
 */
public final class PacerTopics {

    public static final int DEFAULT_PARTITIONS = 6;
    private static final Logger log = LoggerFactory.getLogger(PacerTopics.class);

    private PacerTopics() {
    }

    /** Every topic Pacer uses ({@link Topics#ALL}), with its partition count and configuration. */
    public static List<NewTopic> definitions(int partitions) {
        return Topics.ALL.stream().map(spec -> topic(spec, partitions)).toList();
    }

    /**
     * Creates the topics; one that a client created meanwhile (a service still running against a broker that is
     * starting again auto-creates what it uses) is left as it is, as if it had been there.
     */
    private static void createTolerating(Admin admin, List<NewTopic> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        for (var created : admin.createTopics(topics).values().entrySet()) {
            try {
                created.getValue().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                log.warn("topic {} was created meanwhile by a client, with the broker's defaults", created.getKey());
            }
        }
    }

    /** Creates the topics that don't exist yet; returns the names it created. */
    public static List<String> ensure(String bootstrapServers, int partitions) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "pacer-local-stack-topics");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : definitions(partitions)) {
                if (existing.contains(topic.name())) {
                    warnIfDifferent(admin, topic);
                } else {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                createTolerating(admin, missing);
            }
            List<String> created = missing.stream().map(NewTopic::name).toList();
            log.info("Pacer topics ready ({} created, {} already there)", created.size(),
                    definitions(partitions).size() - created.size());
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create Pacer's topics on " + bootstrapServers + ": " + e, e);
        }
    }

    private static void warnIfDifferent(Admin admin, NewTopic wanted)
            throws InterruptedException, ExecutionException, TimeoutException {
        TopicDescription actual = admin.describeTopics(List.of(wanted.name())).allTopicNames()
                .get(30, TimeUnit.SECONDS).get(wanted.name());
        if (actual.partitions().size() != wanted.numPartitions()) {
            log.warn("Topic {} has {} partitions, not {}: left as it is", wanted.name(), actual.partitions().size(),
                    wanted.numPartitions());
        }
    }

    private static NewTopic topic(TopicSpec spec, int ledgerPartitions) {
        // The broker's default replication factor: 1 on the local broker, whatever a real cluster is set to.
        return new NewTopic(spec.name(), Optional.of(spec.partitionCount(ledgerPartitions)), Optional.empty())
                .configs(spec.configs());
    }
}
