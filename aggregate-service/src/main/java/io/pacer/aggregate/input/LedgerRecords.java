package io.pacer.aggregate.input;

import io.pacer.events.LedgerScanner;
import io.pacer.events.PacerJson;
import io.pacer.events.Period;
import io.pacer.events.RegionTotals;
import io.pacer.events.SubmissionParser;
import io.pacer.events.SubmissionRecord;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * Decoding with the checks that make a record applicable. Only what can never become applicable is poison;
 * missing reference data never is (the records carry region, parent and basis).
 */
public final class LedgerRecords {

    /** The four-digit bounds of {@link Period}. */
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;

    private LedgerRecords() {
    }

    static SubmissionRecord submission(byte[] json) {
        return submission(json, null);
    }

    /** With a scanner, the plain records are read by it and only the others by the full parser. */
    public static SubmissionRecord submission(byte[] json, LedgerScanner scanner) {
        if (json == null || json.length == 0) {
            throw new PoisonRecordException("empty record");
        }
        SubmissionRecord r = scanner == null ? null : scanner.scan(json);
        try {
            if (r == null) {
                r = SubmissionParser.parse(json);
            }
        } catch (RuntimeException e) {
            throw new PoisonRecordException("not a SubmissionRecord: " + e.getMessage(), e);
        }
        if (r == null) {
            throw new PoisonRecordException("record is JSON null");
        }
        require(r.entityId(), "entityId");
        require(r.indicator(), "indicator");
        require(r.regionId(), "regionId");
        require(r.parentRegionId(), "parentRegionId");
        require(r.basis(), "basis");
        require(r.value(), "value");
        require(r.period(), "period");
        Period period;
        try {
            period = scanner == null ? Period.parse(r.period()) : scanner.period(r.period());
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException("period must be YYYY-MM, was " + RecordRules.quote(r.period()), e);
        }
        year(period.year());
        if (t(r.regionId()).equals(t(r.parentRegionId()))) {
            throw new PoisonRecordException("regionId and parentRegionId are both " + RecordRules.quote(r.regionId()));
        }
        id(r.submissionId(), "submissionId");
        id(r.entityId(), "entityId");
        id(r.regionId(), "regionId");
        id(r.parentRegionId(), "parentRegionId");
        id(r.indicator(), "indicator");
        number(r.value(), "value", RecordRules.valueProblem(r.value()));
        number(r.priorYearValue(), "priorYearValue", RecordRules.valueProblem(r.priorYearValue()));
        return r;
    }

    public static RegionTotals totals(byte[] json) {
        RegionTotals t = read(json, RegionTotals.class);
        require(t.regionId(), "regionId");
        require(t.parentId(), "parentId");
        require(t.indicator(), "indicator");
        id(t.regionId(), "regionId");
        id(t.parentId(), "parentId");
        id(t.indicator(), "indicator");
        year(t.year());
        if (t.months() == null || t.months().size() != 12) {
            throw new PoisonRecordException("months must hold 12 entries, held " + t.months().size());
        }
        for (RegionTotals.Month m : t.months()) {
            if (m == null || m.ytdSum() == null || m.comparableYtd() == null || m.comparablePrior() == null) {
                throw new PoisonRecordException("every month needs ytdSum, comparableYtd and comparablePrior");
            }
            number(m.ytdSum(), "ytdSum", RecordRules.sumProblem(m.ytdSum()));
            number(m.comparableYtd(), "comparableYtd", RecordRules.sumProblem(m.comparableYtd()));
            number(m.comparablePrior(), "comparablePrior", RecordRules.sumProblem(m.comparablePrior()));
        }
        return t;
    }

    private static <T> T read(byte[] json, Class<T> type) {
        if (json == null || json.length == 0) {
            throw new PoisonRecordException("empty record");
        }
        try {
            T value = PacerJson.read(json, type);
            if (value == null) {
                throw new PoisonRecordException("record is JSON null");
            }
            return value;
        } catch (RuntimeException e) {
            if (e instanceof PoisonRecordException p) {
                throw p;
            }
            throw new PoisonRecordException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String t(String s) {
        return s == null ? "" : s;
    }

    /**
     * A figure of year Y is read against Y − 1 (growth) and makes Y + 1 due for recomputation: both are kept valid
     * {@link Period}s, so that no year arithmetic in the engine can step outside the range and fail a flush instead
     * of the record (a defence: a simple 9999-12 figure does flush today). Ingest accepts only the last five years.
     */
    private static void year(int year) {
        if (year <= MIN_YEAR || year >= MAX_YEAR) {
            throw new PoisonRecordException("year must be within " + (MIN_YEAR + 1) + ".."
                    + (MAX_YEAR - 1) + ", was " + year);
        }
    }

    private static void id(String value, String field) {
        String problem = RecordRules.idProblem(value);
        if (problem != null) {
            throw new PoisonRecordException(field + " " + problem + ": " + RecordRules.quote(value));
        }
    }

    private static void number(Object value, String field, String problem) {
        if (problem != null) {
            throw new PoisonRecordException(field + " " + problem + ", was " + RecordRules.quote(value));
        }
    }

    private static void require(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new PoisonRecordException(field + " is missing");
        }
    }
}
