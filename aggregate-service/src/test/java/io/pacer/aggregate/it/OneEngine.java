package io.pacer.aggregate.it;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.aggregate.figure.Flush;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Basis;
import io.pacer.events.Indicator;
import io.pacer.events.Period;
import io.pacer.events.Region;
import io.pacer.events.RegionTotals;
import io.pacer.events.ReportingEntity;
import io.pacer.support.testing.References;
import org.apache.kafka.common.utils.Utils;

/**
 * The reference a partitioned aggregate is checked against: what one engine fed every ledger record in order
 * computes, the totals of each level fed back until none move. Also lays ledger keys out over the partitions.
 */
final class OneEngine {

    /** A CUMULATIVE ledger record of a town's entity. */
    record Figure(String entity, String town, String district, String indicator, String period, String value,
            String prior) {
    }

    private OneEngine() {
    }

    /** Every figure of the given periods, by "regionId|indicator|period". */
    static Map<String, RegionFigure> figures(List<Region> regions, List<Indicator> indicators,
            List<ReportingEntity> entities, List<Figure> figures, Collection<String> periods) {
        ReferenceBook book = new ReferenceBook(References.replica());
        regions.forEach(r -> References.put(book.replica(), r));
        indicators.forEach(i -> References.put(book.replica(), i));
        entities.forEach(e -> References.put(book.replica(), e));
        FigureEngine engine = new FigureEngine(book);
        long position = 0;
        for (Figure f : figures) {
            engine.applyLedger(f.district(), f.entity(), f.indicator(), Period.parse(f.period()), new LedgerEntry(
                    position++, "s" + position, f.town(), Basis.CUMULATIVE, new BigDecimal(f.value()),
                    f.prior() == null ? null : new BigDecimal(f.prior()), Ledger.AT, false));
        }
        for (Flush flush = engine.flush(); !flush.totals().isEmpty(); flush = engine.flush()) {
            for (RegionTotals totals : flush.totals()) {
                engine.applyTotals(totals, position++);
            }
        }
        Map<String, RegionFigure> all = new TreeMap<>(engine.figures());
        all.values().removeIf(f -> !periods.contains(f.period().toString()));
        return all;
    }

    /** {@code perPartition} ledger keys (districts) "{p}D{i}" on each of the topic's {@code partitions}. */
    static List<String> districtsOnEveryPartition(String p, int partitions, int perPartition) {
        Map<Integer, List<String>> byPartition = new TreeMap<>();
        for (int i = 0; byPartition.values().stream().mapToInt(List::size).sum() < perPartition * partitions; i++) {
            String district = p + "D" + i;
            int partition = Utils.toPositive(Utils.murmur2(district.getBytes(StandardCharsets.UTF_8))) % partitions;
            List<String> on = byPartition.computeIfAbsent(partition, k -> new ArrayList<>());
            if (on.size() < perPartition) {
                on.add(district);
            }
        }
        return byPartition.values().stream().flatMap(List::stream).toList();
    }
}
