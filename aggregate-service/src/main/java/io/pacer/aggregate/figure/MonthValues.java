package io.pacer.aggregate.figure;

import java.math.BigDecimal;

/**
 * One series' figures of one year as scaled longs, kept as figures are applied, so that recomputing a year-to-date
 * converts no BigDecimal: month k+1's value and its priorYearValue, each with its scale. A value that does not fit
 * ({@link ScaledSums#fits}) makes the year {@code wide}, and its sums are taken in BigDecimal instead.
 */
final class MonthValues {

    final long[] value = new long[12];
    final byte[] valueScale = new byte[12];
    final long[] prior = new long[12];
    final byte[] priorScale = new byte[12];
    /** Bit k: month k+1 has a figure (resp. one with a priorYearValue). */
    int valueMask;
    int priorMask;
    /** Bit k: month k+1 holds a value too wide for a long. */
    int wideMask;

    /** Month k+1's figure is now {@code entry}. */
    void set(int k, LedgerEntry entry) {
        int bit = 1 << k;
        valueMask |= bit;
        wideMask &= ~bit;
        priorMask &= ~bit;
        if (!ScaledSums.fits(entry.value())) {
            wideMask |= bit;
            return;
        }
        value[k] = ScaledSums.unscaledOf(entry.value());
        valueScale[k] = (byte) entry.value().scale();
        BigDecimal py = entry.priorYearValue();
        if (py != null) {
            if (!ScaledSums.fits(py)) {
                wideMask |= bit;
                return;
            }
            priorMask |= bit;
            prior[k] = ScaledSums.unscaledOf(py);
            priorScale[k] = (byte) py.scale();
        }
    }
}
