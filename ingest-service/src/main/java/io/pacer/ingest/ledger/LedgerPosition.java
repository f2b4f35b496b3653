package io.pacer.ingest.ledger;

/** Where Kafka put a ledger record: its partition of pacer.submissions and its offset there. */
public record LedgerPosition(int partition, long offset) {
}
