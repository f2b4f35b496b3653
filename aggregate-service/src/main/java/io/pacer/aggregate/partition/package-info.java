/**
 * One state per owned partition (engine, lock, pending changes, replay, flush policy): batches are split by
 * partition and applied under its lock; assignment replays the ledger up to the stored checkpoint, revocation
 * hands over through the store.
 */
package io.pacer.aggregate.partition;
