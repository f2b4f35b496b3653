package io.pacer.aggregate.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.aggregate.figure.Flush;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.Period;
import io.pacer.events.Region;
import io.pacer.events.RegionTotals;
import io.pacer.events.ReportingEntity;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.support.security.TokenDirectory;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Applies consumed batches to the in-memory {@link FigureEngine} and, once per batch, publishes what changed,
 * then stores it. One lock guards the engine: the ledger, totals and reference consumers each run on their own
 * thread.
 *
 * <p>Recovery: MongoDB holds, per input partition, the last offset whose effects are stored, and the state rows
 * those offsets produced. On assignment the partition's state is rebuilt from those rows and the consumer seeks
 * just past the checkpoint (to offset 0 when there is none), so a restart, a rebalance and a full replay all
 * reach the state of one in-order pass; the ledger offset decides between records of one key.
 */
@Component
public class Aggregator {

    private static final Logger log = LoggerFactory.getLogger(Aggregator.class);

    private final ReferenceBook book;
    private final FigureEngine engine;
    private final FigureStore store;
    private final Publisher publisher;
    private final TokenDirectory tokens;
    private final Counter applied;
    private final Map<TopicPartition, Set<String>> owned = new HashMap<>();
    private final Map<String, Document> seriesRows = new LinkedHashMap<>();
    private final Map<String, Document> totalsRows = new LinkedHashMap<>();
    private final Map<String, Long> checkpoints = new LinkedHashMap<>();
    /** Set when a batch failed half-way: memory may be ahead of MongoDB and is rebuilt before the retry. */
    private boolean reloadNeeded;

    Aggregator(ReferenceBook book, FigureStore store, Publisher publisher, TokenDirectory tokens,
            MeterRegistry registry) {
        this.book = book;
        this.engine = new FigureEngine(book);
        this.store = store;
        this.publisher = publisher;
        this.tokens = tokens;
        this.applied = Counter.builder("pacer.figures.applied")
                .description("ledger figures applied to the aggregate's state").register(registry);
    }

    @Timed(value = "pacer.aggregate.batch", extraTags = {"input", "ledger"}, histogram = true)
    public synchronized void onLedger(List<Incoming> batch) {
        log.debug("Ledger batch of {}", batch.size());
        reloadIfNeeded();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            SubmissionRecord record;
            try {
                record = LedgerRecords.submission(in.bytes());
            } catch (PoisonRecordException e) {
                commit();
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
            apply(in, record);
        }
        commit();
    }

    @Timed(value = "pacer.aggregate.batch", extraTags = {"input", "totals"}, histogram = true)
    public synchronized void onTotals(List<Incoming> batch) {
        reloadIfNeeded();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            RegionTotals totals;
            try {
                totals = LedgerRecords.totals(in.bytes());
            } catch (PoisonRecordException e) {
                commit();
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
            String partition = key(in.partition());
            if (engine.applyTotals(totals, in.offset())) {
                Document row = Documents.totals(partition, totals, in.offset());
                totalsRows.put(row.getString("_id"), row);
            }
            track(in, totals.parentId());
        }
        commit();
    }

    /** A register or token record; a change recomputes what depends on it at once. */
    public synchronized void onReference(String key, byte[] value) {
        log.debug("Reference {}", key);
        Object reference;
        try {
            reference = value == null || value.length == 0 ? null : PacerJson.readReference(key, value);
        } catch (RuntimeException e) {
            throw new PoisonRecordException("not a reference record for " + key + ": " + e.getMessage(), e);
        }
        tokens.applyReference(key, reference);
        if (reference instanceof Region region) {
            book.put(region);
            engine.regionChanged(region);
        } else if (reference instanceof Indicator indicator) {
            book.put(indicator);
            engine.indicatorChanged(indicator.code());
        } else if (reference instanceof ReportingEntity entity) {
            engine.entityChanged(book.put(entity), entity);
        } else {
            return;
        }
        try {
            reloadIfNeeded();
            commit();
        } catch (RuntimeException e) {
            // the register itself is kept; the figures it moves are recomputed by the next batch after a reload
            log.warn("Figures after a register change could not be stored yet: {}", e.toString());
        }
    }

    private void apply(Incoming in, SubmissionRecord r) {
        Period period = Period.parse(r.period());
        LedgerEntry entry = new LedgerEntry(in.offset(), r.submissionId(), r.regionId(), r.basis(), r.value(),
                r.priorYearValue(), r.acceptedAt());
        EntitySeries.Applied result = engine.applyLedger(r.parentRegionId(), r.entityId(), r.indicator(), period,
                entry);
        if (result != EntitySeries.Applied.DUPLICATE) {
            EntitySeries series = engine.series(r.parentRegionId(), r.entityId(), r.indicator());
            Document row = Documents.series(key(in.partition()), r.parentRegionId(), series, period);
            seriesRows.put(row.getString("_id"), row);
        }
        if (result == EntitySeries.Applied.REPLACED) {
            applied.increment();
        }
        track(in, r.parentRegionId());
    }

    private void track(Incoming in, String group) {
        owned.computeIfAbsent(in.partition(), p -> new HashSet<>()).add(group);
        checkpoints.merge(key(in.partition()), in.offset(), Math::max);
    }

    /** Publishes, then stores: rows, figures, checkpoints. A failure leaves memory to be rebuilt. */
    private void commit() {
        try {
            Flush flush = engine.flush();
            publisher.publish(flush);
            store.write(seriesRows.values(), totalsRows.values(),
                    flush.figures().stream().map(Documents::figure).toList(), checkpoints);
            if (!flush.isEmpty()) {
                log.debug("Stored {} figures, {} totals, {} series rows", flush.figures().size(),
                        flush.totals().size(), seriesRows.size());
            }
        } catch (RuntimeException e) {
            reloadNeeded = true;
            throw e;
        } finally {
            seriesRows.clear();
            totalsRows.clear();
            checkpoints.clear();
        }
    }

    /**
     * Rebuilds the state of newly assigned partitions from MongoDB and returns, per partition, the last offset
     * already stored (null: read from the beginning).
     */
    public synchronized Map<TopicPartition, Long> assigned(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        Set<String> groups = new HashSet<>();
        for (TopicPartition tp : partitions) {
            owned.computeIfAbsent(tp, p -> new HashSet<>());
            groups.addAll(load(tp));
            positions.put(tp, store.checkpoint(key(tp)));
        }
        store.forEachFigure(groups, d -> engine.seed(Documents.figure(d)));
        commit();
        log.info("Assigned {}: {} groups rebuilt from the store, positions {}", partitions, groups.size(),
                positions);
        return positions;
    }

    public synchronized void revoked(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            Set<String> groups = owned.remove(tp);
            if (groups != null) {
                engine.drop(groups);
            }
        }
    }

    /** Forgets all state, in memory and stored: the next assignment replays every input from offset 0. */
    public synchronized void forgetEverything() {
        owned.values().forEach(engine::drop);
        owned.clear();
        store.clear();
        reloadNeeded = false;
    }

    private Set<String> load(TopicPartition tp) {
        Set<String> groups = owned.get(tp);
        engine.drop(groups);
        groups.clear();
        String partition = key(tp);
        if (tp.topic().equals(Topics.REGION_TOTALS)) {
            store.forEachTotals(partition, d -> {
                RegionTotals totals = Documents.totals(d);
                engine.applyTotals(totals, d.getLong("position"));
                groups.add(totals.parentId());
            });
        } else {
            store.forEachSeries(partition, d -> {
                String parent = d.getString("parentId");
                Period period = Period.parse(d.getString("period"));
                for (LedgerEntry entry : Documents.revisions(d)) {
                    engine.applyLedger(parent, d.getString("entityId"), d.getString("indicator"), period, entry);
                }
                groups.add(parent);
            });
        }
        return groups;
    }

    private void reloadIfNeeded() {
        if (!reloadNeeded) {
            return;
        }
        Set<String> groups = new HashSet<>();
        for (TopicPartition tp : owned.keySet()) {
            groups.addAll(load(tp));
        }
        store.forEachFigure(groups, d -> engine.seed(Documents.figure(d)));
        reloadNeeded = false;
        commit();
    }

    static String key(TopicPartition tp) {
        return tp.topic() + "-" + tp.partition();
    }

    static String text(Object key) {
        return key instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : key == null ? null : key.toString();
    }
}
