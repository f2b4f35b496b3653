package io.pacer.alert.figure;

import java.math.BigDecimal;

import io.pacer.alert.rule.FigurePoint;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Period;

/**
 * Reads a {@code pacer.figures} record, refusing what can't be judged: no region, indicator or period, or a
 * figure whose scale or size no sum of accepted submissions can have (at most 6 decimals; at most 21 integer
 * digits, a million units at the 1e15 limit). Decided on scale and precision alone, before any arithmetic: a
 * value like 1E-100000000 must not reach a division or a Decimal128.
 */
final class FigureDecoder {

    private static final int MAX_SCALE = 6;
    private static final int MAX_INTEGER_DIGITS = 21;

    private FigureDecoder() {
    }

    record Decoded(FigurePoint point, String indicator, int partition, int index) {
    }

    static Decoded decode(byte[] value, int partition, int index) {
        if (value == null) {
            throw new IllegalArgumentException("no value");
        }
        FigureEvent event = PacerJson.read(value, FigureEvent.class);
        if (event.regionId() == null || event.regionId().isBlank() || event.indicator() == null
                || event.indicator().isBlank() || event.period() == null) {
            throw new IllegalArgumentException("regionId, indicator and period are required");
        }
        Period.parse(event.period());
        check("ytd", event.ytd());
        check("priorYtd", event.priorYtd());
        if (event.growthPct() != null && !Double.isFinite(event.growthPct())) {
            throw new IllegalArgumentException("growthPct is not finite");
        }
        if (event.sharePct() != null && !Double.isFinite(event.sharePct())) {
            throw new IllegalArgumentException("sharePct is not finite");
        }
        return new Decoded(FigurePoint.of(event), event.indicator(), partition, index);
    }

    private static void check(String field, BigDecimal v) {
        if (v != null && (v.scale() > MAX_SCALE && v.signum() != 0 || v.scale() > 1000
                || (long) v.precision() - v.scale() > MAX_INTEGER_DIGITS)) {
            throw new IllegalArgumentException(field + " has a scale or size no figure can have (scale "
                    + v.scale() + ", precision " + v.precision() + ")");
        }
    }
}
