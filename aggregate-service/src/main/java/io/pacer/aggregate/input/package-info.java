/**
 * The Kafka side: the Stream function bindings of the ledger, the totals and the registers, the rebalance hook,
 * decoding with its checks (what can never be applied is a {@code PoisonRecordException}: service-support's
 * poison-and-retry policy dead-letters it and retries the rest), and the partition assignor that keeps partition N
 * of the ledger and of the totals in one instance.
 */
package io.pacer.aggregate.input;
