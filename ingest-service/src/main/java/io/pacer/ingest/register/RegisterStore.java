package io.pacer.ingest.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Indicator;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionTree;
import io.pacer.events.ReportingEntity;
import io.pacer.events.TokenRecord;
import org.springframework.stereotype.Component;

/**
 * ingest's view of {@code pacer.reference}: every read is served from memory ({@link RegisterMemory}); MongoDB
 * (db pacer_ingest, {@link RegisterCollections}) keeps a durable copy so a restart starts from it instead of from an
 * empty map; the topic consumer is its only writer. Both only move forward in topic offset, so the request path and
 * the topic consumer may apply a record in any order, any number of times, and end in the topic's state. Memory is
 * the state requests see; a failed MongoDB write is logged and counted, because every start re-reads the topic and
 * writes what MongoDB missed.
 */
@Component
public class RegisterStore implements RegisterView {

    private static final Logger log = LoggerFactory.getLogger(RegisterStore.class);

    /** One record read at {@code offset} of {@code pacer.reference}; {@code record} null is a tombstone. */
    public record Applied(String key, Object record, long offset) {
    }

    private final RegisterMemory memory = new RegisterMemory();
    private final RegionTree regionTree = new RegionTree(this::region, memory::childRegions);
    private final RegisterCollections mongo;
    private final MeterRegistry meters;
    private volatile long topicOffset = -1;

    RegisterStore(RegisterCollections mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
        long started = System.nanoTime();
        int loaded = mongo.load(memory::loaded);
        log.info("loaded {} register and token records from MongoDB in {} ms", loaded,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Applies a record this instance has just published, at the offset Kafka gave, to memory only: the caller's next
     * request sees it at once, and the topic consumer writes it to MongoDB when it reaches it (a bulk register
     * document of thousands of records would otherwise wait for thousands of MongoDB writes).
     */
    public void apply(String key, Object record, long offset) {
        memory.apply(key, record, offset);
    }

    /**
     * Applies records read from {@code pacer.reference}, in topic order, to memory; then writes to MongoDB, in one
     * bulk write per collection, the newest version of every key of the poll that MongoDB does not hold yet (also
     * those the request path put in memory). Returns the keys whose record in memory changed.
     */
    public List<String> applyFromTopic(List<Applied> records) {
        List<String> changed = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Applied a : records) {
            topicOffset = Math.max(topicOffset, a.offset());
            if (memory.apply(a.key(), a.record(), a.offset())) {
                changed.add(a.key());
            }
            keys.add(a.key());
        }
        Map<String, RegisterMemory.Version> unwritten = new LinkedHashMap<>();
        for (String key : keys) {
            memory.version(key).filter(v -> !v.persisted()).ifPresent(v -> unwritten.put(key, v));
        }
        if (!unwritten.isEmpty()) {
            try {
                mongo.write(unwritten);
                unwritten.forEach((key, v) -> memory.persisted(key, v.offset()));
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
        return memory.version(key).map(RegisterMemory.Version::record);
    }

    @Override
    public Optional<Region> region(String id) {
        return memory.get(ReferenceKeys.REGION, id, Region.class);
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return memory.get(ReferenceKeys.INDICATOR, code, Indicator.class);
    }

    @Override
    public Optional<ReportingEntity> entity(String id) {
        return memory.get(ReferenceKeys.ENTITY, id, ReportingEntity.class);
    }

    public Optional<TokenRecord> token(String sha256) {
        return memory.get(ReferenceKeys.TOKEN, sha256, TokenRecord.class);
    }

    /** The region hierarchy as held in memory now (it follows every applied record). */
    public RegionTree regionTree() {
        return regionTree;
    }

    @Override
    public boolean hasChildRegions(String regionId) {
        return memory.hasChildRegions(regionId);
    }

    @Override
    public boolean hasEntities(String regionId) {
        return memory.hasEntities(regionId);
    }

    public List<Region> regions() {
        return memory.all(ReferenceKeys.REGION, Region.class);
    }

    public List<Indicator> indicators() {
        return memory.all(ReferenceKeys.INDICATOR, Indicator.class);
    }

    public List<ReportingEntity> entities() {
        return memory.all(ReferenceKeys.ENTITY, ReportingEntity.class);
    }

    public List<TokenRecord> tokens() {
        return memory.all(ReferenceKeys.TOKEN, TokenRecord.class);
    }
}
