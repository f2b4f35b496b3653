package io.pacer.aggregate.flush;

/** What the {@link FlushTimer} flushes when no batch comes to do it. */
public interface Flushable {

    /** Flushes what is pending if the {@link FlushPolicy} says it is due. */
    void flushIfDue();
}
