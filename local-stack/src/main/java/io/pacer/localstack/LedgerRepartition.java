package io.pacer.localstack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the ledger a new partition count without breaking the partitioning rule (all records of one key, in their
 * order, in the one partition the key maps to). Adding partitions in place would not do: the old records of a key
 * stay where they are while its new ones go elsewhere. With the services stopped:
 * <ol>
 *   <li>the ledger is copied, partition for partition, to a backup topic kept forever ({@code
 *       pacer.submissions.backup-<time>}), and the copy's count is checked;</li>
 *   <li>{@code pacer.submissions} and the topics derived from it by partition ({@code pacer.figures},
 *       {@code pacer.region-totals}: aggregate-service publishes them again from the ledger) are deleted and created
 *       with the new count;</li>
 *   <li>the backup is copied back into the ledger by key ({@link TopicCopy}: each key's records in their order);</li>
 *   <li>the other topics that follow the ledger's count and only grow (the dead-letter topics, whose records keep
 *       their source partition, the inbox, the alerts) get partitions added;</li>
 *   <li>the services' consumer groups, whose offsets named the old partitions, are deleted.</li>
 * </ol>
 * Refuses while any consumer group has a member reading one of the replaced topics.
 */
public final class LedgerRepartition {

    static final List<String> REPLACED = List.of(Topics.SUBMISSIONS, Topics.FIGURES, Topics.REGION_TOTALS);
    private static final Logger log = LoggerFactory.getLogger(LedgerRepartition.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** What was done. */
    public record Report(int from, int to, String backup, long records, List<String> grown) {
    }

    private final String bootstrapServers;

    public LedgerRepartition(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public Report run(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1, not " + partitions);
        }
        try (Admin admin = Admin.create(adminConfig())) {
            int from = partitionCount(admin, Topics.SUBMISSIONS);
            if (from == partitions) {
                throw new IllegalArgumentException(Topics.SUBMISSIONS + " already has " + partitions + " partitions");
            }
            refuseWhileConsumed(admin);
            String backup = Topics.SUBMISSIONS + ".backup-" + STAMP.format(Instant.now());
            admin.createTopics(List.of(new NewTopic(backup, Optional.of(from), Optional.empty())
                    .configs(Map.of(TopicSpec.RETENTION_MS, "-1")))).all().get(60, TimeUnit.SECONDS);
            TopicCopy copy = new TopicCopy(bootstrapServers);
            long kept = total(copy.copy(Topics.SUBMISSIONS, r -> new ProducerRecord<>(backup, r.partition(),
                    r.timestamp(), r.key(), r.value(), r.headers())));
            log.info("{} records of {} copied to {}", kept, Topics.SUBMISSIONS, backup);

            admin.deleteTopics(REPLACED).all().get(60, TimeUnit.SECONDS);
            for (String topic : REPLACED) {
                recreate(admin, Topics.spec(topic), partitions);
            }
            long back = total(copy.copy(backup, r -> new ProducerRecord<>(Topics.SUBMISSIONS, null, r.timestamp(),
                    r.key(), r.value(), r.headers())));
            if (back != kept) {
                throw new IllegalStateException(back + " records copied back from " + backup + ", not " + kept
                        + ": the backup stays; copy it again before starting the services");
            }
            List<String> grown = grow(admin, partitions);
            deleteGroups(admin);
            return new Report(from, partitions, backup, kept, grown);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("repartitioning failed: " + e, e);
        }
    }

    private static long total(Map<Integer, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private void refuseWhileConsumed(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        List<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
                .map(ConsumerGroupListing::groupId).toList();
        for (var d : admin.describeConsumerGroups(groups).all().get(30, TimeUnit.SECONDS).values()) {
            for (var member : d.members()) {
                boolean reads = member.assignment().topicPartitions().stream()
                        .anyMatch(tp -> REPLACED.contains(tp.topic()));
                if (reads) {
                    throw new IllegalArgumentException("consumer " + member.clientId() + " (group " + d.groupId()
                            + ") still reads the ledger or its derived topics: stop the services first");
                }
            }
        }
    }

    /** Creates the topic as its spec says; a deletion still under way makes the broker refuse for a moment. */
    private static void recreate(Admin admin, TopicSpec spec, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic topic = new NewTopic(spec.name(), Optional.of(spec.partitionCount(partitions)), Optional.empty())
                .configs(spec.configs());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static List<String> grow(Admin admin, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<String> grown = new ArrayList<>();
        for (TopicSpec spec : Topics.ALL) {
            if (!spec.partitions().followsLedger() || REPLACED.contains(spec.name())
                    || !existing.contains(spec.name())) {
                continue;
            }
            int now = partitionCount(admin, spec.name());
            if (now < partitions) {
                admin.createPartitions(Map.of(spec.name(), NewPartitions.increaseTo(partitions)))
                        .all().get(60, TimeUnit.SECONDS);
                grown.add(spec.name() + " " + now + " -> " + partitions);
            } else if (now > partitions) {
                log.warn("{} keeps its {} partitions (partitions cannot be removed; it is not keyed by parent)",
                        spec.name(), now);
            }
        }
        return grown;
    }

    private static void deleteGroups(Admin admin) throws InterruptedException, TimeoutException {
        for (String group : GroupAssignments.SERVICE_GROUPS) {
            try {
                admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                log.info("consumer group {} not deleted: {}", group, e.getCause().getMessage());
            }
        }
    }

    private static int partitionCount(Admin admin, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                .partitions().size();
    }

    private Properties adminConfig() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "pacer-local-stack-repartition");
        return props;
    }
}
