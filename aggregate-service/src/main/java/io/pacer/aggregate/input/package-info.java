/**
 * The Kafka side: the Stream function bindings of the ledger, the totals and the registers, the rebalance hook, and
 * decoding with its checks (what can never be applied is a {@code PoisonRecordException}: service-support's
 * poison-and-retry policy dead-letters it and retries the rest).
 */
package io.pacer.aggregate.input;
