package io.pacer.ingest.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code pacer_inbox_records_total{outcome=accepted|duplicate|rejected}}: inbox records, counted once committed. */
final class InboxCounters {

    private final Counter accepted;
    private final Counter duplicate;
    private final Counter rejected;

    InboxCounters(MeterRegistry meters) {
        this.accepted = counter(meters, "accepted");
        this.duplicate = counter(meters, "duplicate");
        this.rejected = counter(meters, "rejected");
    }

    void committed(int accepted, int duplicates, int rejected) {
        this.accepted.increment(accepted);
        this.duplicate.increment(duplicates);
        this.rejected.increment(rejected);
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("pacer.inbox.records").tag("outcome", outcome)
                .description("records read from pacer.inbox, by what became of them").register(meters);
    }
}
