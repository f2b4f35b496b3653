package io.pacer.alert.target;

import java.math.BigDecimal;

/** Object Mother of targets: the High-tech Zone's 2026 targets and variations of them. */
public final class Targets {

    public static final int YEAR = 2026;
    public static final String ZONE = "gxq";

    private Targets() {
    }

    /** projects_completed: 12 a year, LINEAR, default thresholds. */
    public static Target annual(String annual) {
        return Target.of(YEAR, ZONE, "projects_completed", new BigDecimal(annual), null, null, null, null);
    }

    public static Target annual(String annual, Curve curve, String yellow, String red) {
        return Target.of(YEAR, ZONE, "projects_completed", new BigDecimal(annual), null, curve,
                new BigDecimal(yellow), new BigDecimal(red));
    }

    public static Target growth(String growthTargetPct) {
        return Target.of(YEAR, ZONE, "fiscal_revenue", null, new BigDecimal(growthTargetPct), null, null, null);
    }

    public static Target both(String annual, String growthTargetPct) {
        return Target.of(YEAR, ZONE, "fiscal_revenue", new BigDecimal(annual), new BigDecimal(growthTargetPct), null,
                null, null);
    }
}
