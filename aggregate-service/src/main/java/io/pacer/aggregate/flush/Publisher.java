package io.pacer.aggregate.flush;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.pacer.aggregate.figure.Flush;
import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.aggregate.store.Sent;
import io.pacer.events.FigureEventJson;
import io.pacer.events.PacerJson;
import io.pacer.events.RegionTotals;
import io.pacer.events.Topics;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a batch's figures (pacer.figures, keyed by parent) and totals (pacer.region-totals, keyed by the
 * region's parent) and waits until Kafka has them all, so that nothing is stored as done before it is published.
 * A plain KafkaTemplate because a Stream binding cannot wait for a whole batch of sends at once.
 */
@Component
public class Publisher {

    private final KafkaTemplate<byte[], byte[]> template;

    public Publisher(KafkaTemplate<byte[], byte[]> template) {
        this.template = template;
    }

    /**
     * Hands a flush's events to the producer and returns their acknowledgements, without waiting: {@link StoreWriter}
     * waits for them before it stores what they publish, so no consumer thread holds a partition's lock while
     * Kafka acknowledges. The producer keeps them in order per partition (idempotent, acks=all).
     */
    public List<Sent> send(Flush flush) {
        List<Sent> sends = new ArrayList<>(flush.figures().size() + flush.totals().size());
        for (RegionFigure figure : flush.figures()) {
            String key = figure.parentId() != null ? figure.parentId() : figure.regionId();
            sends.add(new Sent(send(Topics.FIGURES, key, () -> FigureEventJson.write(figure.toEvent())), "figure event",
                    figure.regionId() + "|" + figure.indicator() + "|" + figure.period()));
        }
        for (RegionTotals totals : flush.totals()) {
            sends.add(new Sent(send(Topics.REGION_TOTALS, totals.parentId(), () -> PacerJson.write(totals)),
                    "totals event", totals.regionId() + "|" + totals.indicator() + "|" + totals.year()));
        }
        return sends;
    }

    /**
     * An event that cannot even be written is a failed acknowledgement, not an exception: the store writer then
     * dead-letters it like one Kafka refused, and the flush, holding a partition's lock, is not failed and
     * retried for ever by one bad figure.
     */
    private CompletableFuture<?> send(String topic, String key, Supplier<byte[]> value) {
        byte[] bytes;
        try {
            bytes = value.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return template.send(topic, bytes(key), bytes);
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
