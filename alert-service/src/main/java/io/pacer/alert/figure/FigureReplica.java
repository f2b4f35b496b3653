package io.pacer.alert.figure;

import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.pacer.alert.position.Incoming;

/**
 * Every figure of {@code pacer.figures}, on every instance: what the queries (forecasts, the bulletin) read, so
 * that any instance answers for every region, whichever instance owns the region's partition and judges it. It is
 * fed by binding {@code allFigures-in-0}, a consumer group of each instance's own that reads the topic from its
 * beginning at each start. The rules judge on the {@link FigureBook} of the partitions this instance owns, kept
 * apart: this one is neither restored to a stored position nor forgotten on a rebalance. A record that can't be
 * read is skipped (the judging binding sends it to the dead-letter topic).
 */
@Component
public class FigureReplica {

    private final FigureBook book = new FigureBook();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    void apply(List<Incoming> records) {
        lock.writeLock().lock();
        try {
            for (Incoming record : records) {
                FigureDecoder.Decoded d;
                try {
                    d = FigureDecoder.decode(record.value(), record.partition(), -1);
                } catch (RuntimeException e) {
                    continue;
                }
                book.apply(d.point(), d.indicator(), d.partition());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Answers {@code query} on the figures, while none is applied. */
    public <T> T read(Function<FigureBook, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(book);
        } finally {
            lock.readLock().unlock();
        }
    }
}
