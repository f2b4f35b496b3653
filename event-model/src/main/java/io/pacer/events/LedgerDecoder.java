package io.pacer.events;

/**
 * The one way to read a ledger record ({@link Topics#SUBMISSIONS}), so that every consumer reads the same record and
 * refuses the same malformed one: {@link LedgerScanner} reads the plain records, {@link SubmissionParser} the
 * others. A consumer that shows the warnings asks for them; the others skip them. Thread-safe (the scanner's cache
 * is guarded by this decoder's lock), so one decoder may serve a consumer and its restore.
 */
public final class LedgerDecoder {

    private final LedgerScanner scanner;
    private final boolean warnings;

    private LedgerDecoder(boolean warnings) {
        this.scanner = new LedgerScanner(warnings);
        this.warnings = warnings;
    }

    /** A decoder whose records carry the warnings they were written with. */
    public static LedgerDecoder withWarnings() {
        return new LedgerDecoder(true);
    }

    /** A decoder whose records carry no warnings (for consumers that do not use them). */
    public static LedgerDecoder withoutWarnings() {
        return new LedgerDecoder(false);
    }

    /**
     * The record. Missing bytes, JSON null and anything that is not a ledger record throw a RuntimeException; whether
     * its fields are usable is the consumer's rule.
     */
    public synchronized SubmissionRecord decode(byte[] json) {
        if (json == null || json.length == 0) {
            throw new IllegalArgumentException("empty record");
        }
        SubmissionRecord record = scanner.scan(json);
        if (record == null) {
            record = SubmissionParser.parse(json, warnings);
        }
        if (record == null) {
            throw new IllegalArgumentException("record is JSON null");
        }
        return record;
    }
}
