package io.pacer.alert.lifecycle;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the readings the evaluator holds in memory only, every {@code pacer.alert.reading-flush-interval} (2 s)
 * and at shutdown: under a month-end load a poll refreshes hundreds of alerts' values, and writing them per poll
 * made alert-service the MongoDB-wire server's heaviest client.
 */
@Component
class ReadingFlusher {

    private static final Logger log = LoggerFactory.getLogger(ReadingFlusher.class);

    private final AlertEvaluator evaluator;

    ReadingFlusher(AlertEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Scheduled(fixedDelayString = "${pacer.alert.reading-flush-interval:2s}",
            initialDelayString = "${pacer.alert.reading-flush-interval:2s}")
    void onClock() {
        try {
            evaluator.flushReadings();
        } catch (RuntimeException e) {
            log.warn("writing refreshed alert readings failed, will retry: {}", e.toString());
        }
    }

    @PreDestroy
    void atShutdown() {
        onClock();
    }
}
