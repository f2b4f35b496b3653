package io.pacer.events;

import java.util.List;

import io.pacer.events.TopicSpec.Partitions;
import io.pacer.events.TopicSpec.Payload;
import io.pacer.events.TopicSpec.Retention;

/**
 * Kafka topic names, and {@link #ALL}, the one list of every topic Pacer uses with its partitions, compaction,
 * retention, keys and values. Every service refers to topics only through these constants; every place that creates
 * topics (local-stack, ingest-service, {@code docker/kafka/create-topics.sh}) creates them from {@link #ALL}.
 */
public final class Topics {

    /** The ledger: one record per accepted figure, keyed by the parent region id of the entity's region. */
    public static final String SUBMISSIONS = "pacer.submissions";
    /** Registers and tokens, compacted; keys are built by {@link ReferenceKeys}. */
    public static final String REFERENCE = "pacer.reference";
    /** Region figures with their ranks, keyed by parent region id. */
    public static final String FIGURES = "pacer.figures";
    /** Alert transitions, keyed by region id. */
    public static final String ALERTS = "pacer.alerts";
    /** Region totals re-published by aggregate-service to rank the next level up, keyed by their own parent. */
    public static final String REGION_TOTALS = "pacer.region-totals";
    /**
     * Submissions from department systems that speak Kafka: key = the sender's idempotency key, value = the JSON of
     * {@code POST /api/v1/submissions}, header {@code pacer-token} = the raw token. ingest-service forwards each to
     * the ledger or rejects it.
     */
    public static final String INBOX = "pacer.inbox";
    /** The inbox records ingest-service did not accept ({@link InboxRejection}), under the same key. */
    public static final String INBOX_REJECTED = "pacer.inbox.rejected";
    /** Officials' targets, compacted, keyed by {@code year:regionId:indicator} ({@link TargetRecord#key}). */
    public static final String TARGETS = "pacer.targets";
    /** The project register, compacted, keyed by project id ({@link ProjectRecord}). */
    public static final String PROJECTS = "pacer.projects";

    /** What a dead-letter topic's name adds to its source's. */
    public static final String DLQ_SUFFIX = ".dlq";
    public static final String SUBMISSIONS_DLQ = SUBMISSIONS + DLQ_SUFFIX;
    public static final String REFERENCE_DLQ = REFERENCE + DLQ_SUFFIX;
    public static final String FIGURES_DLQ = FIGURES + DLQ_SUFFIX;
    public static final String REGION_TOTALS_DLQ = REGION_TOTALS + DLQ_SUFFIX;
    public static final String PROJECTS_DLQ = PROJECTS + DLQ_SUFFIX;
    public static final String TARGETS_DLQ = TARGETS + DLQ_SUFFIX;

    private static final Payload PARENT_REGION_ID = Payload.described("parent region id");

    private static final TopicSpec SUBMISSIONS_SPEC = new TopicSpec(SUBMISSIONS, Partitions.LEDGER, false,
            Retention.FOREVER, Payload.described("parent region id of the entity's region"),
            Payload.of(SubmissionRecord.class), "the ledger: every accepted figure, the source of every projection");
    // One partition keeps register changes in the order ingest made them (a region before its entities).
    private static final TopicSpec REFERENCE_SPEC = new TopicSpec(REFERENCE, Partitions.fixed(1), true,
            Retention.FOREVER, Payload.described("ReferenceKeys: region:, indicator:, entity:, token: + id"),
            Payload.described("Region, Indicator, ReportingEntity or TokenRecord"), "registers and tokens");
    private static final TopicSpec FIGURES_SPEC = new TopicSpec(FIGURES, Partitions.LEDGER, false, Retention.DEFAULT,
            PARENT_REGION_ID, Payload.of(FigureEvent.class), "region figures with their ranks, for alert-service");
    private static final TopicSpec REGION_TOTALS_SPEC = new TopicSpec(REGION_TOTALS, Partitions.LEDGER, false,
            Retention.DEFAULT, PARENT_REGION_ID, Payload.of(RegionTotals.class),
            "region totals re-published by aggregate-service to rank the next level up");
    // alert-service rebuilds its targets and projects from these on every start: compacted, never expired, and one
    // partition keeps a key's versions in order
    private static final TopicSpec TARGETS_SPEC = new TopicSpec(TARGETS, Partitions.fixed(1), true,
            Retention.FOREVER, Payload.described("year:regionId:indicator"), Payload.of(TargetRecord.class),
            "officials' targets; a tombstone deletes one");
    private static final TopicSpec PROJECTS_SPEC = new TopicSpec(PROJECTS, Partitions.fixed(1), true,
            Retention.FOREVER, Payload.described("project id"), Payload.of(ProjectRecord.class),
            "the project register; a tombstone deletes a project");

    /** Every topic Pacer uses, dead-letter topics included, in the order they are created. */
    public static final List<TopicSpec> ALL = List.of(
            SUBMISSIONS_SPEC,
            REFERENCE_SPEC,
            FIGURES_SPEC,
            REGION_TOTALS_SPEC,
            new TopicSpec(ALERTS, Partitions.LEDGER, false, Retention.DEFAULT, Payload.described("region id"),
                    Payload.of(AlertEvent.class), "alert transitions, for notifications and the dashboard"),
            TARGETS_SPEC,
            PROJECTS_SPEC,
            new TopicSpec(INBOX, Partitions.LEDGER, false, Retention.DEFAULT,
                    Payload.described("the sender's idempotency key"),
                    Payload.described("JSON of POST /api/v1/submissions; header pacer-token = the raw token"),
                    "submissions from department systems that speak Kafka"),
            new TopicSpec(INBOX_REJECTED, Partitions.LEDGER, false, Retention.FOREVER,
                    Payload.described("the inbox record's key"), Payload.of(InboxRejection.class),
                    "the inbox records ingest-service did not accept, and why"),
            SUBMISSIONS_SPEC.deadLetters(),
            REFERENCE_SPEC.deadLetters(),
            FIGURES_SPEC.deadLetters(),
            REGION_TOTALS_SPEC.deadLetters(),
            PROJECTS_SPEC.deadLetters(),
            TARGETS_SPEC.deadLetters());

    private Topics() {
    }

    /** The dead-letter topic of a topic. */
    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** The spec of a topic in {@link #ALL}; an unknown name is a programming error. */
    public static TopicSpec spec(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a Pacer topic (not in Topics.ALL): " + name));
    }
}
