/**
 * Writing to Kafka: the ledger ({@code pacer.submissions}) in group-committed transactions, the register and
 * project topics with the offset Kafka gave, and the topics' creation. It knows records, not the features that make
 * them. The consumers' dead letters and retries are service-support's ({@code io.pacer.support.kafka}).
 */
package io.pacer.ingest.ledger;
