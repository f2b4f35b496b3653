package io.pacer.events;

/** Kafka topic names. Every service refers to topics only through these constants. */
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

    public static final String SUBMISSIONS_DLQ = SUBMISSIONS + ".dlq";
    public static final String REFERENCE_DLQ = REFERENCE + ".dlq";
    public static final String FIGURES_DLQ = FIGURES + ".dlq";
    public static final String REGION_TOTALS_DLQ = REGION_TOTALS + ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of a topic. */
    public static String dlq(String topic) {
        return topic + ".dlq";
    }
}
