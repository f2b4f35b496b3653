package io.pacer.aggregate.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.pacer.aggregate.figure.Flush;
import io.pacer.aggregate.figure.RegionFigure;
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
class Publisher {

    private final KafkaTemplate<byte[], byte[]> template;

    Publisher(KafkaTemplate<byte[], byte[]> template) {
        this.template = template;
    }

    /**
     * Hands a flush's events to the producer and returns their acknowledgements, without waiting: {@link StoreWriter}
     * waits for them before it stores what they publish, so no consumer thread holds the aggregator's lock while
     * Kafka acknowledges. The producer keeps them in order per partition (idempotent, acks=all).
     */
    List<CompletableFuture<?>> send(Flush flush) {
        List<CompletableFuture<?>> sends = new ArrayList<>(flush.figures().size() + flush.totals().size());
        for (RegionFigure figure : flush.figures()) {
            String key = figure.parentId() != null ? figure.parentId() : figure.regionId();
            sends.add(template.send(Topics.FIGURES, bytes(key), FigureEventJson.write(figure)));
        }
        for (RegionTotals totals : flush.totals()) {
            sends.add(template.send(Topics.REGION_TOTALS, bytes(totals.parentId()), PacerJson.write(totals)));
        }
        return sends;
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
