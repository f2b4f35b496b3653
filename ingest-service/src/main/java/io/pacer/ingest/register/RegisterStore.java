package io.pacer.ingest.register;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.events.TokenRecord;
import io.pacer.ingest.Versioned;
import org.springframework.stereotype.Component;

/**
 * ingest's view of {@code pacer.reference}: every read is served from memory ({@link RegisterMemory}); MongoDB
 * (db pacer_ingest, {@link RegisterCollections}) keeps a durable copy so a restart starts from it instead of from an
 * empty map. Both only move forward in topic offset, so the request path and the topic consumer may apply a record
 * in any order, any number of times, and end in the topic's state. Memory is the state requests see; a failed
 * MongoDB write is logged and counted, because every start re-reads the topic and writes what MongoDB missed.
 */
@Component
public class RegisterStore implements RegisterView {

    private static final Logger log = LoggerFactory.getLogger(RegisterStore.class);

    /** One record read at {@code offset} of {@code pacer.reference}; {@code record} null is a tombstone. */
    public record Applied(String key, Object record, long offset) {
    }

    private final RegisterMemory memory = new RegisterMemory();
    private final RegisterCollections mongo;
    private final MeterRegistry meters;

    RegisterStore(RegisterCollections mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
        long started = System.nanoTime();
        int loaded = mongo.load(memory::apply);
        log.info("loaded {} register and token records from MongoDB in {} ms", loaded,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Applies one reference record read at {@code offset} of {@code pacer.reference}. */
    public void apply(String key, Object record, long offset) {
        applyAll(List.of(new Applied(key, record, offset)));
    }

    /**
     * Applies records in topic order: memory first (what requests read), then the ones that were newer than memory
     * to MongoDB in one bulk write per collection. Returns the keys whose record changed.
     */
    public List<String> applyAll(List<Applied> records) {
        List<Applied> newer = new ArrayList<>();
        for (Applied a : records) {
            if (memory.apply(a.key(), a.record(), a.offset())) {
                newer.add(a);
            }
        }
        if (!newer.isEmpty()) {
            try {
                mongo.write(newer.stream().map(a -> Map.entry(a.key(), Versioned.of(a.offset(),
                        a.record() == null ? "" : new String(PacerJson.write(a.record()), StandardCharsets.UTF_8))))
                        .toList());
            }
            catch (RuntimeException e) {
                meters.counter("pacer.registers.write.failures").increment();
                log.error("register write to MongoDB failed; memory holds the records and the next start re-reads"
                        + " them from pacer.reference", e);
            }
        }
        return newer.stream().map(Applied::key).toList();
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
