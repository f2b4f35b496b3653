package io.pacer.events;

/** Keys of the compacted {@link Topics#REFERENCE} topic: {@code region:<id>}, {@code indicator:<code>}, … */
public final class ReferenceKeys {

    public static final String REGION = "region:";
    public static final String INDICATOR = "indicator:";
    public static final String ENTITY = "entity:";
    public static final String TOKEN = "token:";

    private ReferenceKeys() {
    }

    public static String of(Object reference) {
        if (reference instanceof Region r) {
            return REGION + r.id();
        }
        if (reference instanceof Indicator i) {
            return INDICATOR + i.code();
        }
        if (reference instanceof ReportingEntity e) {
            return ENTITY + e.id();
        }
        if (reference instanceof TokenRecord t) {
            return TOKEN + t.sha256();
        }
        throw new IllegalArgumentException("not reference data: " + reference);
    }

    /** The record type a key's value holds, or {@code null} for an unknown prefix. */
    public static Class<?> typeOf(String key) {
        if (key == null) {
            return null;
        }
        if (key.startsWith(REGION)) {
            return Region.class;
        }
        if (key.startsWith(INDICATOR)) {
            return Indicator.class;
        }
        if (key.startsWith(ENTITY)) {
            return ReportingEntity.class;
        }
        if (key.startsWith(TOKEN)) {
            return TokenRecord.class;
        }
        return null;
    }
}
