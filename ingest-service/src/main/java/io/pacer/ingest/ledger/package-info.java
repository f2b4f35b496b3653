/**
 * Writing to Kafka: the ledger ({@code pacer.submissions}) in group-committed transactions, the register and
 * project topics with the offset Kafka gave, the topics' creation, and the dead letters and retries of the batch
 * consumers. It knows records, not the features that make them.
 */
package io.pacer.ingest.ledger;
