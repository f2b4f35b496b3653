package io.pacer.events;

import java.math.BigDecimal;

/**
 * An official's target for one region, indicator and year as it travels on {@link Topics#TARGETS} (compacted,
 * keyed by {@link #key}); a tombstone deletes it. {@code curve} is LINEAR or SEASONAL; gaps are in percentage
 * points of the annual target.
 */
public record TargetRecord(int schemaVersion, int year, String regionId, String indicator, BigDecimal annualTarget,
        BigDecimal growthTargetPct, String curve, BigDecimal yellowGapPts, BigDecimal redGapPts) {

    public static final int SCHEMA_VERSION = 1;

    public TargetRecord(int year, String regionId, String indicator, BigDecimal annualTarget,
            BigDecimal growthTargetPct, String curve, BigDecimal yellowGapPts, BigDecimal redGapPts) {
        this(SCHEMA_VERSION, year, regionId, indicator, annualTarget, growthTargetPct, curve, yellowGapPts,
                redGapPts);
    }

    /** The record key: {@code year:regionId:indicator}. */
    public static String key(int year, String regionId, String indicator) {
        return year + ":" + regionId + ":" + indicator;
    }

    public String key() {
        return key(year, regionId, indicator);
    }
}
