package io.pacer.ingest;

/**
 * {@code <offset as 19 digits>|<payload>}: a string that sorts by Kafka offset. Projections keep such a string and
 * write it with MongoDB's {@code $max}, so an upsert by {@code _id} alone keeps the newest record atomically,
 * whichever writer comes last. (A guard in the filter, {@code {_id, offset: {$lt}}}, would do the same on MongoDB,
 * but the embedded wire server uses its {@code _id} index only for a filter on {@code _id} alone and otherwise scans
 * the whole collection, which made every write as slow as the collection is large.)
 */
public final class Versioned {

    private static final int DIGITS = 19;

    private Versioned() {
    }

    public static String of(long offset, String payload) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        String digits = Long.toString(offset);
        StringBuilder s = new StringBuilder(DIGITS + 1 + payload.length());
        s.append("0".repeat(DIGITS - digits.length())).append(digits).append('|').append(payload);
        return s.toString();
    }

    public static long offset(String versioned) {
        return Long.parseLong(versioned, 0, DIGITS, 10);
    }

    public static String payload(String versioned) {
        return versioned.substring(DIGITS + 1);
    }
}
