package io.pacer.alert.target;

import io.pacer.events.TargetRecord;

/** {@link Target} ↔ {@link TargetRecord}, the form it has on {@code pacer.targets}. */
public final class TargetRecords {

    private TargetRecords() {
    }

    public static TargetRecord toRecord(Target t) {
        return new TargetRecord(t.year(), t.regionId(), t.indicator(), t.annualTarget(), t.growthTargetPct(),
                t.curve().name(), t.yellowGapPts(), t.redGapPts());
    }

    /** The target of a record, with the defaults for what it leaves out. */
    public static Target fromRecord(TargetRecord r) {
        return Target.of(r.year(), r.regionId(), r.indicator(), r.annualTarget(), r.growthTargetPct(),
                r.curve() == null ? null : Curve.valueOf(r.curve()), r.yellowGapPts(), r.redGapPts());
    }
}
