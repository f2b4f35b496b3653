package io.pacer.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import io.pacer.events.Basis;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.events.SubmissionRecord;

/**
 * A realistic ledger, as ingest-service would have written it: month by month (every entity's month as one
 * submission of all its indicators), values sized by the unit and the indicator with seasonality and
 * year-on-year growth, a prior-year value on most series, and a share of figures revised at the end of the
 * following month. Everything comes from one seeded {@link Random} consumed in a fixed order, so a seed gives the
 * same ledger (submission ids included; only {@code acceptedAt} follows the clock).
 */
final class LedgerGenerator {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** What the ledger holds, and the city's year-to-date per indicator at the latest month (ledger order applied). */
    record Summary(long records, long originals, long revisions, YearMonth latest, Map<String, BigDecimal> cityYtd) {
    }

    private record Pending(SubmissionRecord original, IndicatorSpec spec) {
    }

    private final CityModel model;
    private final List<YearMonth> months;
    private final double revisionShare;
    private final long seed;
    private final Instant now;

    LedgerGenerator(CityModel model, List<YearMonth> months, double revisionShare, long seed, Instant now) {
        this.model = model;
        this.months = List.copyOf(months);
        this.revisionShare = revisionShare;
        this.seed = seed;
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The {@code count} months ending with the month before {@code today}'s month in Asia/Shanghai. */
    static List<YearMonth> monthsEndingLastMonth(int count, Instant today) {
        YearMonth current = YearMonth.from(today.atZone(ZONE));
        List<YearMonth> months = new ArrayList<>();
        for (int k = count; k >= 1; k--) {
            months.add(current.minusMonths(k));
        }
        return months;
    }

    Summary generate(Consumer<SubmissionRecord> sink) {
        Random rng = new Random(seed);
        List<ReportingEntity> entities = model.entities();
        List<IndicatorSpec> specs = model.indicators();
        Map<String, Region> regions = model.regionsById();
        int ne = entities.size();
        int ni = specs.size();
        double[] size = new double[ne];
        double[][] growth = new double[ne][ni];
        boolean[][] hasPrior = new boolean[ne][ni];
        double[][] cum = new double[ne][ni];
        double[][] priorCum = new double[ne][ni];
        double[][] level = new double[ne][ni];
        for (int e = 0; e < ne; e++) {
            size[e] = Math.exp(0.8 * rng.nextGaussian());
            for (int i = 0; i < ni; i++) {
                growth[e][i] = Math.max(-0.4, 0.07 + 0.12 * rng.nextGaussian());
                hasPrior[e][i] = rng.nextDouble() < 0.9;
                level[e][i] = specs.get(i).scale() * size[e];
            }
        }
        YearMonth latest = months.get(months.size() - 1);
        Map<String, BigDecimal> cityYtd = new LinkedHashMap<>();
        specs.forEach(s -> cityYtd.put(s.code(), BigDecimal.ZERO));
        long originals = 0;
        long revisions = 0;
        List<Pending> pending = List.of();
        // From January of the first month's year, so a CUMULATIVE figure holds the whole year-to-date.
        for (YearMonth m = YearMonth.of(months.get(0).getYear(), 1); !m.isAfter(latest); m = m.plusMonths(1)) {
            if (m.getMonthValue() == 1) {
                for (int e = 0; e < ne; e++) {
                    java.util.Arrays.fill(cum[e], 0);
                    java.util.Arrays.fill(priorCum[e], 0);
                }
            }
            boolean emitted = months.contains(m);
            String period = String.format("%04d-%02d", m.getYear(), m.getMonthValue());
            double season = 1 + 0.12 * Math.sin(2 * Math.PI * (m.getMonthValue() - 3) / 12.0);
            List<Pending> revisedLater = new ArrayList<>();
            for (int e = 0; e < ne; e++) {
                ReportingEntity entity = entities.get(e);
                Region town = regions.get(entity.regionId());
                String submissionId = uuid(rng).toString();
                Instant acceptedAt = acceptedAt(m, (double) e / ne);
                for (int i = 0; i < ni; i++) {
                    IndicatorSpec spec = specs.get(i);
                    double priorFlow = spec.scale() * size[e] * season * (0.85 + 0.3 * rng.nextDouble());
                    double flow = priorFlow * Math.max(0.05, 1 + growth[e][i] + 0.03 * rng.nextGaussian());
                    double value;
                    double prior;
                    switch (spec.basis()) {
                        case MONTHLY -> {
                            value = flow;
                            prior = priorFlow;
                        }
                        case CUMULATIVE -> {
                            cum[e][i] += flow;
                            priorCum[e][i] += priorFlow;
                            value = cum[e][i];
                            prior = priorCum[e][i];
                        }
                        default -> {
                            level[e][i] *= Math.max(0.5, 1.005 + 0.02 * rng.nextGaussian());
                            value = level[e][i];
                            prior = level[e][i] / (1 + growth[e][i]);
                        }
                    }
                    boolean revise = rng.nextDouble() < revisionShare;
                    if (!emitted) {
                        continue;
                    }
                    SubmissionRecord record = new SubmissionRecord(submissionId, entity.id(), town.id(),
                            town.parentId(), spec.code(), spec.basis(), period, round(value, spec),
                            hasPrior[e][i] ? round(prior, spec) : null, acceptedAt, List.of());
                    sink.accept(record);
                    originals++;
                    count(cityYtd, record, record.value(), latest);
                    if (revise) {
                        revisedLater.add(new Pending(record, spec));
                    }
                }
            }
            if (emitted) {
                revisions += emitRevisions(pending, rng, sink, cityYtd, latest, m);
                pending = revisedLater;
            }
        }
        revisions += emitRevisions(pending, rng, sink, cityYtd, latest, latest.plusMonths(1));
        return new Summary(originals + revisions, originals, revisions, latest, cityYtd);
    }

    /** Appends last month's revisions after this month's figures; each is a submission of its own. */
    private long emitRevisions(List<Pending> revisions, Random rng, Consumer<SubmissionRecord> sink,
            Map<String, BigDecimal> cityYtd, YearMonth latest, YearMonth acceptedIn) {
        for (Pending p : revisions) {
            SubmissionRecord o = p.original();
            BigDecimal revised = round(o.value().doubleValue() * (0.9 + 0.2 * rng.nextDouble()), p.spec());
            SubmissionRecord r = new SubmissionRecord(uuid(rng).toString(), o.entityId(), o.regionId(),
                    o.parentRegionId(), o.indicator(), o.basis(), o.period(), revised, o.priorYearValue(),
                    acceptedAt(acceptedIn, 0.9), List.of());
            sink.accept(r);
            count(cityYtd, r, revised.subtract(o.value()), latest);
        }
        return revisions.size();
    }

    /** Year-to-date at {@code latest}: MONTHLY sums the year's months, CUMULATIVE and STOCK take the level at it. */
    private static void count(Map<String, BigDecimal> cityYtd, SubmissionRecord r, BigDecimal amount,
            YearMonth latest) {
        YearMonth month = YearMonth.parse(r.period());
        boolean counts = r.basis() == Basis.MONTHLY ? month.getYear() == latest.getYear() : month.equals(latest);
        if (counts) {
            cityYtd.merge(r.indicator(), amount, BigDecimal::add);
        }
    }

    /** Reports for a month come in over the first ten days of the next one (never in the future). */
    private Instant acceptedAt(YearMonth month, double fraction) {
        Instant start = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        Instant at = start.plus(Duration.ofMillis((long) (fraction * Duration.ofDays(10).toMillis())));
        return at.isAfter(now) ? now : at.truncatedTo(ChronoUnit.MILLIS);
    }

    private static BigDecimal round(double value, IndicatorSpec spec) {
        return BigDecimal.valueOf(Math.max(0, value)).setScale(spec.whole() ? 0 : 2, RoundingMode.HALF_UP);
    }

    private static UUID uuid(Random rng) {
        long msb = (rng.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
