package io.pacer.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a Pacer topic is: its name, how many partitions it has, whether it is compacted, how long it keeps records,
 * what its keys and values are, and what it is for. Plain data: local-stack, ingest-service and
 * {@code docker/kafka/create-topics.sh} all create the topics from {@link Topics#ALL}, so they cannot drift apart.
 */
public record TopicSpec(String name, Partitions partitions, boolean compacted, Retention retention, Payload key,
        Payload value, String purpose) {

    /** The Kafka topic config that deletes records by time (broker default) or never ({@code -1}). */
    public static final String RETENTION_MS = "retention.ms";
    /** The Kafka topic config that keeps only the last record of each key. */
    public static final String CLEANUP_POLICY = "cleanup.policy";

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitions, "partitions");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** How long a topic keeps its records. */
    public enum Retention {
        /** Never deleted by age ({@code retention.ms=-1}). */
        FOREVER,
        /** The broker's default retention. */
        DEFAULT
    }

    /**
     * A topic's partition count: a fixed number (1 keeps a compacted register in write order), or the ledger's
     * count, which every topic keyed by parent region id and every dead-letter topic of such a topic must share.
     *
     * @param fixed the fixed count, or 0 when the topic follows the ledger
     */
    public record Partitions(int fixed) {

        public static final Partitions LEDGER = new Partitions(0);

        public Partitions {
            if (fixed < 0) {
                throw new IllegalArgumentException("partitions must be positive (or 0 for the ledger's), was " + fixed);
            }
        }

        public static Partitions fixed(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("a fixed partition count must be at least 1, was " + count);
            }
            return new Partitions(count);
        }

        public boolean followsLedger() {
            return fixed == 0;
        }

        /** The count for a stack whose ledger has {@code ledgerPartitions}. */
        public int count(int ledgerPartitions) {
            return followsLedger() ? ledgerPartitions : fixed;
        }
    }

    /**
     * What a key or value holds: an event-model record serialised as JSON, or a description (e.g. "region id").
     *
     * @param type the record class, or {@code null} when described only
     */
    public record Payload(Class<?> type, String description) {

        public static Payload of(Class<?> type) {
            return new Payload(type, type.getSimpleName());
        }

        public static Payload described(String description) {
            return new Payload(null, description);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** The Kafka topic configs that differ from the broker's defaults, in a stable order. */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        if (compacted) {
            configs.put(CLEANUP_POLICY, "compact");
        }
        if (retention == Retention.FOREVER) {
            configs.put(RETENTION_MS, "-1");
        }
        return configs;
    }

    /** This topic's partition count for a stack whose ledger has {@code ledgerPartitions}. */
    public int partitionCount(int ledgerPartitions) {
        return partitions.count(ledgerPartitions);
    }

    public boolean isDeadLetterTopic() {
        return name.endsWith(Topics.DLQ_SUFFIX);
    }

    /**
     * The dead-letter topic of this one: as many partitions as this one (the binder and the services' error handlers
     * keep a record's partition), not compacted, kept until someone looks at it, same keys; the value is the record
     * that could not be read, as it was, with the reason in its headers.
     */
    public TopicSpec deadLetters() {
        return new TopicSpec(Topics.dlq(name), partitions, false, Retention.FOREVER, key,
                Payload.described("the unreadable " + name + " record as it was; reason in headers"),
                "records of " + name + " a consumer could not read, kept for someone to look at");
    }
}
