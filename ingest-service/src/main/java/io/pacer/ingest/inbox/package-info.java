/**
 * The Kafka inbox ({@code pacer.inbox}): records of department systems checked exactly as HTTP submissions are,
 * then forwarded to the ledger or rejected with their reasons on {@code pacer.inbox.rejected}, in one Kafka
 * transaction per poll, with idempotency keys kept in MongoDB.
 */
package io.pacer.ingest.inbox;
