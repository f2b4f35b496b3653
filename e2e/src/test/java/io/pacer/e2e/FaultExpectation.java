package io.pacer.e2e;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the aggregate must show, worked out by DESIGN.md's rules from the acknowledged submissions alone: per
 * (unit, month) the figure acknowledged last wins (each unit has one sender, which waits for each answer, so
 * acknowledgement order is ledger order); a town's MONTHLY year-to-date at month m is the sum of its units' flows of
 * months 1..m, its CUMULATIVE year-to-date the sum of each unit's latest level at or before m; {@code reported} at
 * m counts the units with a figure for exactly m.
 */
final class FaultExpectation {

    /** The winning submission of each (unit, month). */
    final Map<String, FaultLoad.Ack> latest = new TreeMap<>();
    private final FaultDistrict district;

    FaultExpectation(FaultDistrict district, List<FaultLoad.Ack> acks) {
        this.district = district;
        acks.stream().sorted(Comparator.comparingLong(FaultLoad.Ack::seq))
                .forEach(a -> latest.put(key(a.planned().unit(), a.planned().month()), a));
    }

    static String key(String unit, int month) {
        return unit + "@" + month;
    }

    /** A town's (or, for the district, all towns') year-to-date at a month; null when no unit has one. */
    BigDecimal ytd(String region, String indicator, int month) {
        BigDecimal total = null;
        for (Map.Entry<String, String> unit : district.townOf.entrySet()) {
            if (!region.equals(district.district) && !region.equals(unit.getValue())) {
                continue;
            }
            BigDecimal ytd = indicator.equals(FaultDistrict.FLOW) ? flowYtd(unit.getKey(), month)
                    : levelYtd(unit.getKey(), month);
            if (ytd != null) {
                total = total == null ? ytd : total.add(ytd);
            }
        }
        return total;
    }

    /** Units of the region with a figure for exactly this month. */
    int reported(String region, int month) {
        int n = 0;
        for (Map.Entry<String, String> unit : district.townOf.entrySet()) {
            boolean in = region.equals(district.district) || region.equals(unit.getValue());
            if (in && latest.containsKey(key(unit.getKey(), month))) {
                n++;
            }
        }
        return n;
    }

    /** Units of the region listing the indicators (both list both). */
    int expected(String region) {
        return region.equals(district.district) ? district.townOf.size() : FaultDistrict.UNITS;
    }

    private BigDecimal flowYtd(String unit, int month) {
        BigDecimal sum = null;
        for (int m = 1; m <= month; m++) {
            FaultLoad.Ack a = latest.get(key(unit, m));
            if (a != null) {
                sum = sum == null ? a.planned().flow() : sum.add(a.planned().flow());
            }
        }
        return sum;
    }

    private BigDecimal levelYtd(String unit, int month) {
        for (int m = month; m >= 1; m--) {
            FaultLoad.Ack a = latest.get(key(unit, m));
            if (a != null) {
                return a.planned().level();
            }
        }
        return null;
    }

    /** Acknowledged submission ids by (unit, month), in acknowledgement order. */
    Map<String, List<String>> acknowledgedIds(List<FaultLoad.Ack> acks) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        acks.stream().sorted(Comparator.comparingLong(FaultLoad.Ack::seq)).forEach(a -> ids.computeIfAbsent(
                key(a.planned().unit(), a.planned().month()), k -> new java.util.ArrayList<>()).add(a.submissionId()));
        return ids;
    }
}
