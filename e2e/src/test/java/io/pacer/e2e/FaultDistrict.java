package io.pacer.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Object Mother of one fault's world: a city, a district of {@value #TOWNS} towns with {@value #UNITS} reporting
 * units each, two indicators on different bases, a reporter token per town (one sender per town, so each unit's
 * submissions reach the ledger in the order they were acknowledged) and the plan of what each sender submits.
 * Ids carry the fault's prefix, so the faults share one stack without mixing. The year is last year (Asia/Shanghai),
 * so all twelve months are accepted.
 */
final class FaultDistrict {

    static final int TOWNS = 4;
    static final int UNITS = 4;
    /** MONTHLY: the year-to-date sums the months, so a figure counted twice shows. */
    static final String FLOW = "fault_sales";
    /** CUMULATIVE: the year-to-date is the latest level, so a level added to another shows. */
    static final String LEVEL = "fault_revenue";
    static final int YEAR = YearMonth.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

    final String prefix;
    final String city;
    final String district;
    final List<String> towns = new ArrayList<>();
    /** unit id → its town */
    final Map<String, String> townOf = new LinkedHashMap<>();

    /** One planned submission: a unit's month, both indicators. */
    record Planned(String unit, int month, BigDecimal flow, BigDecimal level) {
        String period() {
            return String.format("%d-%02d", YEAR, month);
        }
    }

    private FaultDistrict(String prefix) {
        this.prefix = prefix;
        this.city = prefix + "c";
        this.district = prefix + "d";
        for (int t = 1; t <= TOWNS; t++) {
            String town = prefix + "t" + t;
            towns.add(town);
            for (int u = 1; u <= UNITS; u++) {
                townOf.put(prefix + "-t" + t + "-u" + u, town);
            }
        }
    }

    /** A fault's district, registered through ingest's REST API as a statistics office would. */
    static FaultDistrict registered(FaultStack stack, String prefix) {
        FaultDistrict d = new FaultDistrict(prefix);
        List<Map<String, Object>> regions = new ArrayList<>();
        regions.add(region(d.city, null, "CITY"));
        regions.add(region(d.district, d.city, "DISTRICT"));
        d.towns.forEach(town -> regions.add(region(town, d.district, "TOWN")));
        List<Map<String, Object>> units = new ArrayList<>();
        d.townOf.forEach((unit, town) -> units.add(Map.of("id", unit, "name", "企业 " + unit, "type", "ENTERPRISE",
                "regionId", town, "indicators", List.of(FLOW, LEVEL))));
        Http.send("POST", stack.ingest() + "/api/v1/reference", stack.adminToken, Map.of("regions", regions,
                "indicators", List.of(indicator(FLOW, "MONTHLY"), indicator(LEVEL, "CUMULATIVE")), "entities", units))
                .expect(200, 201, 202);
        return d;
    }

    /** The units of a town. */
    List<String> units(String town) {
        return townOf.entrySet().stream().filter(e -> e.getValue().equals(town)).map(Map.Entry::getKey).toList();
    }

    /** A REPORTER token for a town's units, created by the statistics office through the API. */
    String reporterToken(FaultStack stack, String town) {
        return Http.send("POST", stack.ingest() + "/api/v1/tokens", stack.adminToken,
                Map.of("role", "REPORTER", "entityIds", units(town))).expect(200, 201).json().get("token").asString();
    }

    /**
     * What a town's sender submits, in order: month by month for each unit; from April on, one revision a month of
     * a figure three months back (its flow and level each raised by 0.25). Every flow is distinct (town, unit and
     * month are in its digits), the level is the unit's running total of its flows.
     */
    List<Planned> plan(String town) {
        int t = towns.indexOf(town) + 1;
        List<String> units = units(town);
        Map<String, BigDecimal[]> levels = new LinkedHashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int u = 0; u < units.size(); u++) {
                BigDecimal flow = BigDecimal.valueOf(1000L * t + 100L * (u + 1) + month);
                BigDecimal[] level = levels.computeIfAbsent(units.get(u), k -> new BigDecimal[13]);
                level[month] = (month == 1 ? BigDecimal.ZERO : level[month - 1]).add(flow);
                plan.add(new Planned(units.get(u), month, flow, level[month]));
            }
            if (month >= 4) {
                String unit = units.get(month % units.size());
                int back = month - 3;
                BigDecimal flow = BigDecimal.valueOf(1000L * t + 100L * (month % units.size() + 1) + back);
                BigDecimal quarter = new BigDecimal("0.25");
                plan.add(new Planned(unit, back, flow.add(quarter), levels.get(unit)[back].add(quarter)));
            }
        }
        return plan;
    }

    /**
     * A PROGRESS_LAG target on the district's level at 125 % of what the plan adds up to: once every planned figure
     * is in, progress is 80 % of a LINEAR schedule at 100 % (December): 20 points behind, YELLOW.
     */
    BigDecimal putTarget(FaultStack stack) {
        BigDecimal total = BigDecimal.ZERO;
        for (String town : towns) {
            Map<String, BigDecimal> latest = new LinkedHashMap<>();
            for (Planned p : plan(town)) {
                if (p.month() == 12) {
                    latest.put(p.unit(), p.level());
                }
            }
            total = total.add(latest.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        BigDecimal target = total.multiply(new BigDecimal("1.25"));
        String url = stack.alert() + "/api/v1/targets/" + YEAR + "/" + district + "/" + LEVEL;
        // alert-service learns the admin token and the new district from pacer.reference: a 401 at first is expected
        Http.await("the target of " + district, Duration.ofSeconds(60), () -> {
            Http.Answer a = Http.send("PUT", url, stack.adminToken, Map.of("annualTarget", target, "curve", "LINEAR"));
            return a.status() == 401 ? null : a.expect(200, 201, 202);
        });
        return target;
    }

    private static Map<String, Object> region(String id, String parent, String level) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("name", "区域 " + id);
        r.put("nameEn", "Region " + id);
        r.put("parentId", parent);
        r.put("level", level);
        return r;
    }

    private static Map<String, Object> indicator(String code, String basis) {
        return Map.of("code", code, "name", "指标 " + code, "nameEn", "Indicator " + code, "unit", "万元",
                "basis", basis, "better", "HIGHER", "nonNegative", true);
    }
}
