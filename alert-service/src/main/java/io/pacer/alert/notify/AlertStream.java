package io.pacer.alert.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.pacer.alert.lifecycle.TransitionListener;
import io.pacer.events.AlertEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Severity;

/**
 * The live feed of transitions ({@code GET /api/v1/alerts/stream}). Events are written on a thread of their own,
 * through a bounded queue, so a slow browser never holds up an evaluation or the Kafka consumer.
 */
@Component
class AlertStream implements TransitionListener {

    private static final Logger log = LoggerFactory.getLogger(AlertStream.class);

    /** One open stream: the regions it may see (null: all), its indicator and severity filters. */
    record Listener(SseEmitter emitter, Set<String> regions, String indicator, Severity minSeverity) {

        boolean wants(AlertEvent e) {
            return (regions == null || regions.contains(e.regionId()))
                    && (indicator == null || indicator.equals(e.indicator()))
                    && (e.severity().atLeast(minSeverity)
                            || (e.previousSeverity() != null && e.previousSeverity().atLeast(minSeverity)));
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000), r -> new Thread(r, "alert-stream"),
            new ThreadPoolExecutor.DiscardOldestPolicy());

    SseEmitter open(Set<String> regions, String indicator, Severity minSeverity) {
        SseEmitter emitter = new SseEmitter(0L);
        Listener listener = new Listener(emitter, regions, indicator, minSeverity);
        listeners.add(listener);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        // flushes the response headers at once, so a browser's EventSource reports "open" without waiting for the
        // first transition or heartbeat (the emitter buffers this until the response is ready)
        write(listener, SseEmitter.event().comment("open"));
        return emitter;
    }

    @Override
    public void onTransitions(List<AlertEvent> transitions) {
        sender.execute(() -> transitions.forEach(this::send));
    }

    private void send(AlertEvent event) {
        for (Listener listener : listeners) {
            if (listener.wants(event)) {
                write(listener, SseEmitter.event().id(event.alertId() + ":" + event.sequence()).name("alert")
                        .data(new String(PacerJson.write(event), StandardCharsets.UTF_8),
                                MediaType.APPLICATION_JSON));
            }
        }
    }

    /** A comment line now and then keeps proxies from closing an idle stream. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        sender.execute(() -> listeners.forEach(l -> write(l, SseEmitter.event().comment("keep-alive"))));
    }

    private void write(Listener listener, SseEmitter.SseEventBuilder event) {
        try {
            listener.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            listeners.remove(listener);
            log.debug("alert stream closed: {}", e.toString());
        }
    }

    int open() {
        return listeners.size();
    }

    @PreDestroy
    void close() {
        listeners.forEach(l -> l.emitter().complete());
        sender.shutdownNow();
    }
}
