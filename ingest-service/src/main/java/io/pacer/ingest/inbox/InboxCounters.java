package io.pacer.ingest.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code pacer_inbox_records_total{outcome=accepted|duplicate|rejected}}: inbox records, counted once committed;
 * {@code pacer_inbox_poll_failures_total}: polls that failed on Kafka or MongoDB and are tried again (a count that
 * keeps rising means the inbox is stuck behind a dependency).
 */
final class InboxCounters {

    private final Counter accepted;
    private final Counter duplicate;
    private final Counter rejected;
    private final Counter failures;

    InboxCounters(MeterRegistry meters) {
        this.accepted = counter(meters, "accepted");
        this.duplicate = counter(meters, "duplicate");
        this.rejected = counter(meters, "rejected");
        this.failures = Counter.builder("pacer.inbox.poll.failures")
                .description("inbox polls that failed on Kafka or MongoDB, to be tried again").register(meters);
    }

    void committed(int accepted, int duplicates, int rejected) {
        this.accepted.increment(accepted);
        this.duplicate.increment(duplicates);
        this.rejected.increment(rejected);
    }

    void failed() {
        failures.increment();
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("pacer.inbox.records").tag("outcome", outcome)
                .description("records read from pacer.inbox, by what became of them").register(meters);
    }
}
