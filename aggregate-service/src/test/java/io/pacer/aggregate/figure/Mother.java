package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.support.testing.References;

/** Fixtures: a city C with districts D1, D2; D1 has towns T1..T3, D2 has T4. */
final class Mother {

    static final Instant AT = Instant.parse("2026-03-05T08:00:00Z");

    private Mother() {
    }

    static ReferenceBook city() {
        ReferenceBook book = new ReferenceBook(References.replica());
        References.put(book.replica(), new Region("C", "市", "City", null, RegionLevel.CITY),
                new Region("D1", "一区", "District 1", "C", RegionLevel.DISTRICT),
                new Region("D2", "二区", "District 2", "C", RegionLevel.DISTRICT));
        for (String t : List.of("T1", "T2", "T3")) {
            References.put(book.replica(), new Region(t, t, t, "D1", RegionLevel.TOWN));
        }
        References.put(book.replica(), new Region("T4", "T4", "T4", "D2", RegionLevel.TOWN),
                indicator("revenue", Basis.CUMULATIVE, Better.HIGHER, null),
                indicator("sales", Basis.MONTHLY, Better.HIGHER, null),
                indicator("stock", Basis.STOCK, Better.HIGHER, null),
                indicator("energy", Basis.CUMULATIVE, Better.LOWER, null),
                indicator("industry", Basis.CUMULATIVE, Better.HIGHER, null),
                indicator("hightech", Basis.CUMULATIVE, Better.HIGHER, "industry"));
        return book;
    }

    static Indicator indicator(String code, Basis basis, Better better, String shareOf) {
        return new Indicator(code, code, code, "万元", basis, better, shareOf, true);
    }

    static ReportingEntity entity(String id, String region, String... indicators) {
        return new ReportingEntity(id, id, EntityType.ENTERPRISE, region, Arrays.asList(indicators), AT);
    }

    static LedgerEntry entry(long position, String region, Basis basis, String value, String prior) {
        return new LedgerEntry(position, "s" + position, region, basis, decimal(value), decimal(prior), AT, false);
    }

    /** An entry accepted after its period's deadline. */
    static LedgerEntry lateEntry(long position, String region, Basis basis, String value) {
        return new LedgerEntry(position, "s" + position, region, basis, decimal(value), null, AT, true);
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** "10,_,5" → [10, null, 5, null…] padded to 12 months. */
    static BigDecimal[] months(String csv) {
        BigDecimal[] months = new BigDecimal[12];
        if (!csv.isBlank()) {
            String[] parts = csv.split(",");
            for (int k = 0; k < parts.length; k++) {
                months[k] = parts[k].trim().equals("_") ? null : new BigDecimal(parts[k].trim());
            }
        }
        return months;
    }

    /** The inverse of {@link #months(String)} over the first n months. */
    static String text(BigDecimal[] values, int n) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            out.append(k == 0 ? "" : ",").append(values[k] == null ? "_" : values[k].toPlainString());
        }
        return out.toString();
    }
}
