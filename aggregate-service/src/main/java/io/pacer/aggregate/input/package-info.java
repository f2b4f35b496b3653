/**
 * The Kafka side: the Stream function bindings of the ledger, the totals and the registers, the rebalance hook,
 * decoding with its checks, the poison-and-retry policy (dead-letter what cannot be read, retry the rest), and the
 * partition assignor that keeps partition N of the ledger and of the totals in one instance.
 */
package io.pacer.aggregate.input;
