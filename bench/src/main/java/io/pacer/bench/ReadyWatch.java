package io.pacer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each instance of a service first answered its readiness probe (polled every 100 ms from a thread of its
 * own), so a phase timed from the first instance can say how much later the others joined.
 */
final class ReadyWatch implements AutoCloseable {

    private final Instances instances;
    private final Map<String, Long> readyAt = new ConcurrentHashMap<>();
    private final Thread thread;

    ReadyWatch(Instances instances, Http http) {
        this.instances = instances;
        this.thread = new Thread(() -> {
            while (readyAt.size() < instances.count() && !Thread.currentThread().isInterrupted()) {
                for (Service s : instances.members()) {
                    if (!readyAt.containsKey(s.label()) && http.ready(s.url())) {
                        readyAt.put(s.label(), System.nanoTime());
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-ready-" + instances.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** "aggregate-1 ready at t0 + 0.2 s, aggregate-2 at t0 + 1.4 s" ("aggregate-2 not ready" for one not seen ready yet). */
    String since(long t0) {
        List<String> parts = new ArrayList<>();
        for (Service s : instances.members()) {
            Long at = readyAt.get(s.label());
            parts.add(s.label() + (at == null ? " not ready" : String.format(" ready at t0 %s %.1f s",
                    at >= t0 ? "+" : "-", Math.abs(at - t0) / 1e9)));
        }
        return String.join(", ", parts);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
