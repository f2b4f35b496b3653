package io.pacer.events;

/**
 * An indicator. {@code shareOf} names another indicator: share is then this one over that one in the same
 * region; without it, share is of the parent region's total.
 */
public record Indicator(int schemaVersion, String code, String name, String nameEn, String unit, Basis basis,
        Better better, String shareOf, boolean nonNegative) {

    public static final int SCHEMA_VERSION = 1;

    public Indicator(String code, String name, String nameEn, String unit, Basis basis, Better better,
            String shareOf, boolean nonNegative) {
        this(SCHEMA_VERSION, code, name, nameEn, unit, basis, better, shareOf, nonNegative);
    }
}
