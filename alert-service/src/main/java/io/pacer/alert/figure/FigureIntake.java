package io.pacer.alert.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.rule.FigurePoint;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.alert.target.TargetKey;
import io.pacer.alert.figure.FigureDecoder.Decoded;
import io.pacer.alert.position.Failures;
import io.pacer.alert.position.Incoming;
import io.pacer.alert.position.Positions;
import io.pacer.alert.position.Restorable;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.events.Topics;

/**
 * Applies a poll of {@code pacer.figures} to the {@link FigureBook} and judges what it touched. The poll is first
 * reduced to the latest event per region, indicator and month (later offsets win), then every target it can
 * affect is evaluated once: the region's own (its year, and the next year's SEASONAL curve) and its siblings'
 * (their growth standing moves with it). A record that can't be read stops the poll there: what came before it is
 * applied and judged, and the error handler sends it alone to the dead-letter topic and delivers the rest again.
 * A poll whose judging fails on its data (not on MongoDB or the broker being away) is judged again one record at
 * a time, and the record that fails alone goes the same way.
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

    /** A poll of live records (never judged before), in partition order. */
    public void apply(List<Incoming> records) {
        timer.record(() -> applyTimed(records));
    }

    private void applyTimed(List<Incoming> records) {
        List<Decoded> decoded = new ArrayList<>(records.size());
        RuntimeException unreadable = null;
        int unreadableIndex = -1;
        for (int i = 0; i < records.size() && unreadable == null; i++) {
            Incoming record = records.get(i);
            try {
                decoded.add(FigureDecoder.decode(record.value(), record.partition(), i));
            } catch (RuntimeException e) {
                unreadable = e;
                unreadableIndex = i;
            }
        }
        Collection<Decoded> latest = coalesce(decoded);
        Map<Decoded, FigurePoint> before = new HashMap<>();
        try {
            evaluator.exclusively(() -> {
                latest.forEach(d -> before.put(d, book.figure(d.point().regionId(), d.indicator(),
                        d.point().period())));
                judge(latest, records);
            });
        } catch (RuntimeException e) {
            if (Failures.isInfrastructure(e) || decoded.isEmpty()) {
                throw e; // the poll comes again; applying it again changes nothing
            }
            evaluator.exclusively(() -> before.forEach((d, point) -> book.revert(d.point(), d.indicator(),
                    d.partition(), point)));
            int culprit = culprit(decoded, records);
            throw new PoisonRecordException("figure event that can't be judged: " + e, e)
                    .inBatchAt(culprit < 0 ? decoded.get(0).index() : culprit);
        }
        if (unreadable != null) {
            throw new PoisonRecordException("unreadable figure event: " + unreadable.getMessage(), unreadable)
                    .inBatchAt(unreadableIndex);
        }
    }

    /** The latest event per region, indicator and month (later offsets win). */
    private static Collection<Decoded> coalesce(List<Decoded> decoded) {
        Map<String, Decoded> latest = new LinkedHashMap<>();
        decoded.forEach(d -> latest.put(d.point().regionId() + '\u0000' + d.indicator() + '\u0000'
                + d.point().period(), d));
        return latest.values();
    }

    private void judge(Collection<Decoded> applied, List<Incoming> records) {
        applied.forEach(d -> book.apply(d.point(), d.indicator(), d.partition()));
        evaluator.evaluate(affected(applied));
        Map<Integer, Long> next = new HashMap<>();
        applied.forEach(d -> next.merge(d.partition(), records.get(d.index()).offset() + 1, Math::max));
        positions.save(Topics.FIGURES, next);
    }

    /**
     * Judges the records one at a time to find the one that can't be judged (a rule or a write failing on its
     * data); it is taken back out of the book. Returns its index in the poll, or -1 if none fails alone.
     */
    private int culprit(List<Decoded> decoded, List<Incoming> records) {
        int[] found = { -1 };
        evaluator.exclusively(() -> {
            for (Decoded d : decoded) {
                FigurePoint before = book.figure(d.point().regionId(), d.indicator(), d.point().period());
                try {
                    judge(List.of(d), records);
                } catch (RuntimeException e) {
                    if (Failures.isInfrastructure(e)) {
                        throw e;
                    }
                    book.revert(d.point(), d.indicator(), d.partition(), before);
                    found[0] = d.index();
                    return;
                }
            }
        });
        return found[0];
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
            d = FigureDecoder.decode(value, partition, -1);
        } catch (RuntimeException e) {
            return; // it went to the dead-letter topic when it was live
        }
        book.apply(d.point(), d.indicator(), partition);
    }

    private List<Target> affected(Collection<Decoded> applied) {
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
}
