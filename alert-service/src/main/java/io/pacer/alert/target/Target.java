package io.pacer.alert.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An official's target for one region, indicator and year. {@code annualTarget} feeds PROGRESS_LAG,
 * {@code growthTargetPct} GROWTH_LAG; at least one is set. Gaps are in percentage points of the annual target.
 * Construct through {@link #of}, which applies the defaults, and check with {@link #violations()}.
 */
public record Target(int year, String regionId, String indicator, BigDecimal annualTarget,
        BigDecimal growthTargetPct, Curve curve, BigDecimal yellowGapPts, BigDecimal redGapPts) {

    public static final BigDecimal DEFAULT_YELLOW_GAP = BigDecimal.TEN;
    public static final BigDecimal DEFAULT_RED_GAP = new BigDecimal("30");
    static final BigDecimal GROWTH_LIMIT = new BigDecimal("1000");

    /** A target with the defaults (LINEAR, 10 and 30 points) for whatever is null. */
    public static Target of(int year, String regionId, String indicator, BigDecimal annualTarget,
            BigDecimal growthTargetPct, Curve curve, BigDecimal yellowGapPts, BigDecimal redGapPts) {
        return new Target(year, regionId, indicator, annualTarget, growthTargetPct,
                curve == null ? Curve.LINEAR : curve,
                yellowGapPts == null ? DEFAULT_YELLOW_GAP : yellowGapPts,
                redGapPts == null ? DEFAULT_RED_GAP : redGapPts);
    }

    public TargetKey key() {
        return new TargetKey(year, regionId, indicator);
    }

    /** Everything wrong with this target, empty when it is valid. Region and indicator existence is not checked here. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (year < 1000 || year > 9999) {
            found.add(new Violation("year", "must be a four-digit year"));
        }
        if (regionId == null || regionId.isBlank()) {
            found.add(new Violation("regionId", "must not be blank"));
        }
        if (indicator == null || indicator.isBlank()) {
            found.add(new Violation("indicator", "must not be blank"));
        }
        if (annualTarget == null && growthTargetPct == null) {
            found.add(new Violation("annualTarget", "annualTarget or growthTargetPct must be set"));
        }
        if (annualTarget != null && annualTarget.signum() <= 0) {
            found.add(new Violation("annualTarget", "must be greater than 0"));
        }
        if (growthTargetPct != null && growthTargetPct.abs().compareTo(GROWTH_LIMIT) > 0) {
            found.add(new Violation("growthTargetPct", "must be between -1000 and 1000"));
        }
        if (yellowGapPts == null || yellowGapPts.signum() <= 0) {
            found.add(new Violation("yellowGapPts", "must be greater than 0"));
        }
        if (redGapPts == null || redGapPts.signum() <= 0) {
            found.add(new Violation("redGapPts", "must be greater than 0"));
        } else if (yellowGapPts != null && yellowGapPts.compareTo(redGapPts) >= 0) {
            found.add(new Violation("redGapPts", "must be greater than yellowGapPts"));
        }
        if (curve == null) {
            found.add(new Violation("curve", "must be LINEAR or SEASONAL"));
        }
        return found;
    }
}
