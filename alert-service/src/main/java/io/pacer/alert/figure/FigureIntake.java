package io.pacer.alert.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.rule.FigurePoint;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.alert.target.TargetKey;
import io.pacer.alert.position.Incoming;
import io.pacer.alert.position.Positions;
import io.pacer.alert.position.Restorable;
import io.pacer.alert.position.UnreadableRecordException;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Topics;
import io.pacer.events.Period;

/**
 * Applies a poll of {@code pacer.figures} to the {@link FigureBook} and judges what it touched. The poll is first
 * reduced to the latest event per region, indicator and month (later offsets win), then every target it can
 * affect is evaluated once: the region's own (its year, and the next year's SEASONAL curve) and its siblings'
 * (their growth standing moves with it). A record that can't be read stops the poll there: what came before it is
 * applied and judged, and the error handler sends it alone to the dead-letter topic and delivers the rest again.
 */
@Component
public class FigureIntake implements Restorable {

    private final FigureBook book;
    private final TargetBook targets;
    private final AlertEvaluator evaluator;
    private final Positions positions;
    private final Timer timer;

    FigureIntake(FigureBook book, TargetBook targets, AlertEvaluator evaluator, Positions positions,
            MeterRegistry registry) {
        this.book = book;
        this.targets = targets;
        this.evaluator = evaluator;
        this.positions = positions;
        this.timer = Timer.builder("pacer.alert.figures.batch").description("Applying and judging one poll of figures")
                .publishPercentileHistogram().register(registry);
    }

    private record Decoded(FigurePoint point, String indicator, int partition) {
    }

    /** A poll of live records (never judged before), in partition order. */
    public void apply(List<Incoming> records) {
        timer.record(() -> applyTimed(records));
    }

    private void applyTimed(List<Incoming> records) {
        Map<String, Decoded> latest = new LinkedHashMap<>();
        Map<Integer, Long> next = new HashMap<>();
        RuntimeException poison = null;
        int poisonIndex = -1;
        for (int i = 0; i < records.size() && poison == null; i++) {
            Incoming record = records.get(i);
            try {
                Decoded d = decode(record);
                latest.put(d.point().regionId() + '\u0000' + d.indicator() + '\u0000' + d.point().period(), d);
                next.merge(record.partition(), record.offset() + 1, Math::max);
            } catch (RuntimeException e) {
                poison = e;
                poisonIndex = i;
            }
        }
        evaluator.exclusively(() -> {
            latest.values().forEach(d -> book.apply(d.point(), d.indicator(), d.partition()));
            evaluator.evaluate(affected(latest.values()));
            positions.save(Topics.FIGURES, next);
        });
        if (poison != null) {
            throw new BatchListenerFailedException("unreadable figure event", new UnreadableRecordException(
                    "unreadable figure event: " + poison.getMessage(), poison), poisonIndex);
        }
    }

    @Override
    public String topic() {
        return Topics.FIGURES;
    }

    @Override
    public void restoring(int partition, boolean underway) {
        book.restoring(partition, underway);
    }

    @Override
    public void forget(int partition) {
        book.forget(partition);
    }

    @Override
    public void restore(byte[] value, int partition) {
        Decoded d;
        try {
            d = decode(new Incoming(partition, -1, value));
        } catch (RuntimeException e) {
            return; // it went to the dead-letter topic when it was live
        }
        book.apply(d.point(), d.indicator(), partition);
    }

    private List<Target> affected(Iterable<Decoded> applied) {
        Set<TargetKey> keys = new LinkedHashSet<>();
        for (Decoded d : applied) {
            String region = d.point().regionId();
            int year = d.point().period().year();
            keys.add(new TargetKey(year, region, d.indicator()));
            keys.add(new TargetKey(year + 1, region, d.indicator()));
            if (d.point().parentId() != null) {
                for (String sibling : book.childrenOf(d.point().parentId(), d.indicator())) {
                    keys.add(new TargetKey(year, sibling, d.indicator()));
                }
            }
        }
        List<Target> found = new ArrayList<>();
        for (TargetKey key : keys) {
            targets.find(key).ifPresent(found::add);
        }
        return found;
    }

    private static Decoded decode(Incoming record) {
        if (record.value() == null) {
            throw new IllegalArgumentException("no value");
        }
        FigureEvent event = PacerJson.read(record.value(), FigureEvent.class);
        if (event.regionId() == null || event.regionId().isBlank() || event.indicator() == null
                || event.indicator().isBlank() || event.period() == null) {
            throw new IllegalArgumentException("regionId, indicator and period are required");
        }
        Period.parse(event.period());
        return new Decoded(FigurePoint.of(event), event.indicator(), record.partition());
    }
}
