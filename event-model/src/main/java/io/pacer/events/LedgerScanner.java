package io.pacer.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the ledger records that ingest writes straight from their bytes: a catch-up reads the whole ledger, so each
 * field is read once, without the tokens and text buffers of a general parser. It takes only the plain shape
 * (fields in any order, unknown ones skipped, strings without escapes, decimals of up to 18 digits without
 * exponent, {@code late} a literal {@code true} or {@code false}) and answers null for anything else, which
 * {@link SubmissionParser} then reads (and rejects with its reasons). What it reads is what that parser would: the
 * same strings and exactly the same decimals, scale included.
 *
 * <p>Ids repeat (a submission's figures share its id and instant, an entity sends every month), so strings are
 * shared through a small bounded cache rather than allocated per record: fewer objects kept for the life of the
 * state. The warnings are skipped unless asked for; then a record with any is left to the parser, which reads them.
 * Not thread-safe: one per reader (the aggregate keeps one per partition state).
 */
public final class LedgerScanner extends PlainJsonBytes {

    private static final int CACHE_SLOTS = 1 << 14;

    private final byte[][] keys = new byte[CACHE_SLOTS][];
    private final String[] values = new String[CACHE_SLOTS];
    private byte[] lastIdBytes = new byte[0];
    private String lastId;
    private byte[] lastInstantBytes = new byte[0];
    private Instant lastInstant;
    /** Parsed periods by their text: a ledger names few periods, a million times. */
    private final Map<String, Period> periods = new HashMap<>();
    private final boolean warnings;

    /** A scanner that skips the warnings (the records it reads carry none). */
    public LedgerScanner() {
        this(false);
    }

    /** @param warnings whether the warnings are wanted: a record with any is then not of the plain shape */
    public LedgerScanner(boolean warnings) {
        this.warnings = warnings;
    }

    /** The record, or null when it is not of the plain shape (the full parser decides then). */
    public SubmissionRecord scan(byte[] json) {
        try {
            return read(json);
        } catch (RuntimeException e) {
            return null;
        } finally {
            in = null;
        }
    }

    private SubmissionRecord read(byte[] json) {
        in = json;
        pos = 0;
        if (!skipTo('{')) {
            return null;
        }
        int schemaVersion = 0;
        String submissionId = null;
        String entityId = null;
        String regionId = null;
        String parentRegionId = null;
        String indicator = null;
        Basis basis = null;
        String period = null;
        BigDecimal value = null;
        BigDecimal priorYearValue = null;
        Instant acceptedAt = null;
        boolean late = false;
        skipSpace();
        if (in[pos] == '}') {
            pos++;
        } else {
            while (true) {
                int nameStart = stringStart();
                int nameEnd = stringEnd();
                if (nameEnd < 0 || !skipTo(':')) {
                    return null;
                }
                skipSpace();
                boolean isNull = in[pos] == 'n';
                if (isNull && !literal("null")) {
                    return null;
                }
                switch (name(nameStart, nameEnd)) {
                    case 1 -> schemaVersion = isNull ? 0 : intValue();
                    case 2 -> submissionId = isNull ? null : submissionId();
                    case 3 -> entityId = isNull ? null : shared();
                    case 4 -> regionId = isNull ? null : shared();
                    case 5 -> parentRegionId = isNull ? null : shared();
                    case 6 -> indicator = isNull ? null : shared();
                    case 7 -> basis = isNull ? null : basis(shared());
                    case 8 -> period = isNull ? null : shared();
                    case 9 -> value = isNull ? null : decimal();
                    case 10 -> priorYearValue = isNull ? null : decimal();
                    case 11 -> acceptedAt = isNull ? null : instant();
                    case 12 -> late = !isNull && bool();
                    case 13 -> {
                        if (!isNull && !emptyArray()) {
                            if (warnings) {
                                return null;
                            }
                            skipValue(0);
                        }
                    }
                    default -> {
                        if (!isNull) {
                            skipValue(0);
                        }
                    }
                }
                skipSpace();
                byte c = in[pos++];
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    return null;
                }
                skipSpace();
            }
        }
        skipSpace();
        if (pos != in.length) {
            return null;
        }
        return new SubmissionRecord(schemaVersion, submissionId, entityId, regionId, parentRegionId, indicator, basis,
                period, value, priorYearValue, acceptedAt, List.of(), late);
    }

    /** The period a record's text names, parsed once per distinct text; IllegalArgumentException when malformed. */
    public Period period(String text) {
        Period period = periods.get(text);
        if (period == null) {
            period = Period.parse(text);
            periods.put(text, period);
        }
        return period;
    }

    /** Which known field a name is (0: another one), compared on the bytes without making a string. */
    private int name(int from, int to) {
        return switch (to - from) {
            case 13 -> is("schemaVersion", from) ? 1 : 0;
            case 12 -> is("submissionId", from) ? 2 : 0;
            case 8 -> is("entityId", from) ? 3 : is("regionId", from) ? 4 : is("warnings", from) ? 13 : 0;
            case 14 -> is("parentRegionId", from) ? 5 : is("priorYearValue", from) ? 10 : 0;
            case 9 -> is("indicator", from) ? 6 : 0;
            case 5 -> is("basis", from) ? 7 : is("value", from) ? 9 : 0;
            case 6 -> is("period", from) ? 8 : 0;
            case 10 -> is("acceptedAt", from) ? 11 : 0;
            case 4 -> is("late", from) ? 12 : 0;
            default -> 0;
        };
    }

    private static Basis basis(String text) {
        return switch (text) {
            case "MONTHLY" -> Basis.MONTHLY;
            case "CUMULATIVE" -> Basis.CUMULATIVE;
            case "STOCK" -> Basis.STOCK;
            default -> throw new IllegalArgumentException("not a basis");
        };
    }

    /** A string value shared with every earlier equal one still in the cache. */
    private String shared() {
        int from = stringStart();
        int to = stringEnd();
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + in[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (CACHE_SLOTS - 1);
        byte[] key = keys[slot];
        if (key != null && Arrays.equals(key, 0, key.length, in, from, to)) {
            return values[slot];
        }
        keys[slot] = Arrays.copyOfRange(in, from, to);
        values[slot] = new String(in, from, to - from, StandardCharsets.UTF_8);
        return values[slot];
    }

    private String submissionId() {
        int from = stringStart();
        int to = stringEnd();
        if (!Arrays.equals(lastIdBytes, 0, lastIdBytes.length, in, from, to)) {
            lastIdBytes = Arrays.copyOfRange(in, from, to);
            lastId = new String(in, from, to - from, StandardCharsets.UTF_8);
        }
        return lastId;
    }

    private Instant instant() {
        int from = stringStart();
        int to = stringEnd();
        if (lastInstant == null || !Arrays.equals(lastInstantBytes, 0, lastInstantBytes.length, in, from, to)) {
            lastInstant = Instants.parse(new String(in, from, to - from, StandardCharsets.US_ASCII));
            lastInstantBytes = Arrays.copyOfRange(in, from, to);
        }
        return lastInstant;
    }

}
