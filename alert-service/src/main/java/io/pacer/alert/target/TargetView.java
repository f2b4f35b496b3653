package io.pacer.alert.target;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A target as the API shows it. {@code awaiting} (only on a 202) names what {@code pacer.reference} has not brought
 * yet: the target is kept, and its alerts are evaluated as soon as that arrives.
 */
record TargetView(int year, String regionId, String indicator, BigDecimal annualTarget, BigDecimal growthTargetPct,
        Curve curve, BigDecimal yellowGapPts, BigDecimal redGapPts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> awaiting) {

    static TargetView of(Target t, List<String> awaiting) {
        return new TargetView(t.year(), t.regionId(), t.indicator(), t.annualTarget(), t.growthTargetPct(), t.curve(),
                t.yellowGapPts(), t.redGapPts(), awaiting);
    }
}
