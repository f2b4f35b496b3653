/**
 * The MongoDB projection and its writer: rankings (one document per group, indicator and period), the totals
 * received from below, the entities' series for drill-downs, and the checkpoints, written behind the flushes on a
 * thread of their own; failures of the data are isolated and dead-lettered.
 */
package io.pacer.aggregate.store;
