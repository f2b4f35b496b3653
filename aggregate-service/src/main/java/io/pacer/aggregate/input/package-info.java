/**
 * The Kafka side: the Stream function bindings of the ledger, the totals and the registers, the rebalance hook,
 * decoding with its checks, and the poison-and-retry policy (dead-letter what cannot be read, retry the rest).
 */
package io.pacer.aggregate.input;
