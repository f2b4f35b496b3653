package io.pacer.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.LongFunction;

/** What the latency phases share about their sender threads: waiting for them with a progress line every 10 s. */
final class Senders {

    private static final long PROGRESS_EVERY = Duration.ofSeconds(10).toNanos();

    private Senders() {
    }

    /** Waits for every sender; {@code progress} makes the line printed every 10 s from the seconds since start. */
    static void await(List<Thread> senders, long start, PrintStream out, LongFunction<String> progress) {
        long nextProgress = start + PROGRESS_EVERY;
        for (Thread t : senders) {
            while (t.isAlive()) {
                join(t, 1000);
                if (System.nanoTime() > nextProgress) {
                    out.println(progress.apply((System.nanoTime() - start) / 1_000_000_000L));
                    nextProgress += PROGRESS_EVERY;
                }
            }
        }
    }

    static void join(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }
}
