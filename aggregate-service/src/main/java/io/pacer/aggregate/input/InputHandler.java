package io.pacer.aggregate.input;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;

/** What the bindings ({@link StreamFunctions}) hand their records and partition assignments to. */
public interface InputHandler {

    /** Applies a ledger batch; a poison record fails it with the record's index (it is dead-lettered alone). */
    void onLedger(List<Incoming> batch);

    /** Applies a batch of totals from the level below. */
    void onTotals(List<Incoming> batch);

    /** A register or token record read at {@code offset} of pacer.reference ({@code value} null or empty: deleted). */
    void onReference(String key, byte[] value, long offset);

    /**
     * Prepares newly assigned partitions and returns where each is to be read from (null: the beginning).
     */
    Map<TopicPartition, Long> assigned(Collection<TopicPartition> partitions, Map<TopicPartition, Long> endOffsets);

    /** Hands revoked partitions over: their state is stored before they go. */
    void revoked(Collection<TopicPartition> partitions);
}
