package io.pacer.alert.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.security.TokenDirectory;

/**
 * The live feed of transitions ({@code GET /api/v1/alerts/stream}): this instance's as it publishes them, and every
 * instance's as {@code pacer.alerts} brings them ({@link AlertFeedStreams}: each instance reads the whole topic), so
 * a browser connected to any instance hears the transitions judged on all of them, each once (one heard before, by
 * alert id and sequence, is dropped). Events are written on a thread of their own, through a bounded queue, so a
 * slow browser never holds up an evaluation or the Kafka consumer.
 * <p>
 * A stream lives only as long as the token that opened it: before each write, and every {@value #TOKEN_CHECK_MILLIS}
 * ms on a clock, the token is looked up again in the {@link TokenDirectory} (which {@code pacer.reference} keeps
 * current), and a stream whose token was revoked, forgotten or re-bound (other role or regions) is completed. Its
 * browser reconnects, and gets 401 or a stream with the token's new scope. The check before each write is what keeps
 * every event from a revoked token; the clock (which shares the scheduler with deliveries, so may run late) only
 * ends idle streams.
 */
@Component
class AlertStream implements TransitionListener {

    private static final Logger log = LoggerFactory.getLogger(AlertStream.class);

    static final long TOKEN_CHECK_MILLIS = 2_000;
    private static final int REMEMBERED = 10_000;

    /** One open stream: who opened it, the regions it may see (null: all), its indicator and severity filters. */
    record Listener(SseEmitter emitter, PacerPrincipal principal, Set<String> regions, String indicator,
            Severity minSeverity) {

        boolean wants(AlertEvent e) {
            return (regions == null || regions.contains(e.regionId()))
                    && (indicator == null || indicator.equals(e.indicator()))
                    && (e.severity().atLeast(minSeverity)
                            || (e.previousSeverity() != null && e.previousSeverity().atLeast(minSeverity)));
        }
    }

    private final TokenDirectory tokens;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** The latest transitions sent, by {@code alertId:sequence}; used on the sender's thread only. */
    private final Map<String, Boolean> sent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000), r -> new Thread(r, "alert-stream"),
            new ThreadPoolExecutor.DiscardOldestPolicy());

    AlertStream(TokenDirectory tokens) {
        this.tokens = tokens;
    }

    SseEmitter open(PacerPrincipal principal, Set<String> regions, String indicator, Severity minSeverity) {
        SseEmitter emitter = new SseEmitter(0L);
        Listener listener = new Listener(emitter, principal, regions, indicator, minSeverity);
        listeners.add(listener);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        // flushes the response headers at once, so a browser's EventSource reports "open" without waiting for the
        // first transition or heartbeat (the emitter buffers this until the response is ready)
        write(listener, SseEmitter.event().comment("open"));
        return emitter;
    }

    /** This instance's transitions, as they are published. */
    @Override
    public void onTransitions(List<AlertEvent> transitions) {
        onPublished(transitions);
    }

    /** Transitions as published by any instance; those sent before (same alert id and sequence) are dropped. */
    void onPublished(List<AlertEvent> transitions) {
        sender.execute(() -> transitions.forEach(this::send));
    }

    private void send(AlertEvent event) {
        if (sent.put(event.alertId() + ":" + event.sequence(), Boolean.TRUE) != null) {
            return;
        }
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

    /** Closes the streams of revoked tokens even when nothing is sent to them. */
    @Scheduled(fixedDelay = TOKEN_CHECK_MILLIS)
    void closeRevoked() {
        sender.execute(() -> listeners.forEach(this::tokenStillValid));
    }

    /** Whether the listener's token still stands as it did at opening; when not, its stream is completed. */
    private boolean tokenStillValid(Listener listener) {
        PacerPrincipal opened = listener.principal();
        boolean valid = tokens.find(opened.tokenSha256()).filter(t -> !t.revoked()).map(PacerPrincipal::of)
                .filter(opened::equals).isPresent();
        if (!valid && listeners.remove(listener)) {
            try {
                listener.emitter().send(SseEmitter.event().comment("token revoked"));
            } catch (IOException | IllegalStateException e) {
                log.debug("alert stream already closed: {}", e.toString());
            }
            listener.emitter().complete();
            log.info("alert stream of a revoked token closed");
        }
        return valid;
    }

    private void write(Listener listener, SseEmitter.SseEventBuilder event) {
        if (!tokenStillValid(listener)) {
            return;
        }
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
