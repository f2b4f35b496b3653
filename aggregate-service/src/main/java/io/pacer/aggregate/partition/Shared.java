package io.pacer.aggregate.partition;

import io.pacer.aggregate.AggregateProperties;
import io.pacer.aggregate.flush.BacklogClock;
import io.pacer.aggregate.flush.Publisher;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.aggregate.store.FigureStore;
import io.pacer.aggregate.store.StoreWriter;
import io.pacer.support.worker.WorkerWatchdog;

/**
 * What every partition's state uses and none owns: the registers (safe for concurrent readers), the store and its
 * writer (which take each partition's flushes under a lock of their own; checkpoints are per input partition), the
 * publisher (the Kafka producer is thread-safe), the watchdog, the meters, and the clock of backlog flushes.
 */
record Shared(ReferenceBook book, FigureStore store, StoreWriter writer, Publisher publisher, WorkerWatchdog watchdog,
        AggregateProperties properties, FlushMeters meters, BacklogClock clock) {
}
