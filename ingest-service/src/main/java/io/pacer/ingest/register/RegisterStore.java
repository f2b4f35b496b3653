package io.pacer.ingest.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionTree;
import io.pacer.events.ReportingEntity;
import io.pacer.events.TokenRecord;
import io.pacer.support.reference.ReferenceReplica;
import io.pacer.support.security.TokenDirectory;
import org.springframework.stereotype.Component;

/**
 * ingest's view of {@code pacer.reference}: every read is served from memory, the shared {@link ReferenceReplica}
 * (which also keeps the {@link TokenDirectory} in step); MongoDB (db pacer_ingest, {@link RegisterCollections})
 * keeps a durable copy so a restart starts from it instead of from an empty map; the topic consumer is its only
 * writer. Both only move forward in topic offset, so the request path and the topic consumer may apply a record in
 * any order, any number of times, and end in the topic's state. Memory is the state requests see; a failed MongoDB
 * write is logged and counted, because every start re-reads the topic and writes what MongoDB missed.
 * <p>
 * Which version MongoDB holds is ingest's own bookkeeping, beside the replica: per key, the newest offset written
 * or loaded. The topic consumer writes every version newer than that, whichever path brought it into memory, so
 * each version is written once.
 */
@Component
public class RegisterStore implements RegisterView {

    private static final Logger log = LoggerFactory.getLogger(RegisterStore.class);

    /** One record read at {@code offset} of {@code pacer.reference}; {@code record} null is a tombstone. */
    public record Applied(String key, Object record, long offset) {
    }

    private final ReferenceReplica replica;
    /** reference key → the newest offset MongoDB holds for it. */
    private final Map<String, Long> persisted = new ConcurrentHashMap<>();
    private final RegisterCollections mongo;
    private final MeterRegistry meters;
    private volatile long topicOffset = -1;

    RegisterStore(RegisterCollections mongo, MeterRegistry meters, TokenDirectory tokens) {
        this.mongo = mongo;
        this.meters = meters;
        this.replica = new ReferenceReplica(tokens);
        long started = System.nanoTime();
        int loaded = mongo.load((key, record, offset) -> {
            persisted.merge(key, offset, Math::max);
            return replica.apply(key, record, offset).isPresent();
        });
        log.info("loaded {} register and token records from MongoDB in {} ms", loaded,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Applies a record this instance has just published, at the offset Kafka gave, to memory only: the caller's next
     * request sees it at once, and the topic consumer writes it to MongoDB when it reaches it (a bulk register
     * document of thousands of records would otherwise wait for thousands of MongoDB writes).
     */
    public void apply(String key, Object record, long offset) {
        replica.apply(key, record, offset);
    }

    /**
     * Applies records read from {@code pacer.reference}, in topic order, to replica; then writes to MongoDB, in one
     * bulk write per collection, the newest version of every key of the poll that MongoDB does not hold yet (also
     * those the request path put in memory). Returns the keys whose record in memory changed.
     */
    public List<String> applyFromTopic(List<Applied> records) {
        List<String> changed = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Applied a : records) {
            topicOffset = Math.max(topicOffset, a.offset());
            if (replica.apply(a.key(), a.record(), a.offset()).isPresent()) {
                changed.add(a.key());
            }
            keys.add(a.key());
        }
        Map<String, ReferenceReplica.Version> unwritten = new LinkedHashMap<>();
        for (String key : keys) {
            replica.version(key).filter(v -> v.offset() > persisted.getOrDefault(key, -1L))
                    .ifPresent(v -> unwritten.put(key, v));
        }
        if (!unwritten.isEmpty()) {
            try {
                mongo.write(unwritten);
                unwritten.forEach((key, v) -> persisted.merge(key, v.offset(), Math::max));
            }
            catch (RuntimeException e) {
                meters.counter("pacer.registers.write.failures").increment();
                log.error("register write to MongoDB failed; memory holds the records and the next start re-reads"
                        + " them from pacer.reference", e);
            }
        }
        return changed;
    }

    /**
     * The highest offset of {@code pacer.reference} read by the topic consumer since start (-1: none yet), for a
     * worker that must not judge anything before the registers and tokens caught up with the topic.
     */
    public long topicOffset() {
        return topicOffset;
    }

    /** The newest record held under a reference key, empty when none or a tombstone. */
    public Optional<Object> current(String key) {
        return replica.current(key);
    }

    @Override
    public Optional<Region> region(String id) {
        return replica.region(id);
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return replica.indicator(code);
    }

    @Override
    public Optional<ReportingEntity> entity(String id) {
        return replica.entity(id);
    }

    public Optional<TokenRecord> token(String sha256) {
        return replica.token(sha256);
    }

    /** The region hierarchy as held in memory now (it follows every applied record). */
    public RegionTree regionTree() {
        return replica.tree();
    }

    @Override
    public boolean hasChildRegions(String regionId) {
        return !replica.childrenOf(regionId).isEmpty();
    }

    @Override
    public boolean hasEntities(String regionId) {
        return !replica.entitiesOf(regionId).isEmpty();
    }

    public List<Region> regions() {
        return replica.regions();
    }

    public List<Indicator> indicators() {
        return replica.indicators();
    }

    public List<ReportingEntity> entities() {
        return replica.entities();
    }

    public List<TokenRecord> tokens() {
        return replica.tokens();
    }
}
