package io.pacer.alert.target;

import java.math.BigDecimal;

/** The body of {@code PUT /api/v1/targets/{year}/{regionId}/{indicator}}: everything but the path's key. */
record TargetBody(BigDecimal annualTarget, BigDecimal growthTargetPct, Curve curve, BigDecimal yellowGapPts,
        BigDecimal redGapPts) {
}
