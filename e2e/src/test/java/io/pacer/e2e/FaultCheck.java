package io.pacer.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * After a fault: waits (bounded) until aggregate-service shows exactly the expected figures, then tells what it
 * found against what was acknowledged: every acknowledged submission id looked up among the ledger entries behind
 * the district's figure (contributors, with revisions), every (town, month, indicator) cell of the rankings, the
 * district's year-to-date, and the district's PROGRESS_LAG alert. Prints one FAULT line and fails on any loss or
 * double count.
 */
final class FaultCheck {

    static final Duration SETTLE = Duration.ofSeconds(90);
    private static final String[] INDICATORS = {FaultDistrict.FLOW, FaultDistrict.LEVEL};

    private final FaultStack stack;
    private final String aggregateUrl;
    private final String alertUrl;
    private final FaultDistrict district;
    private final FaultLoad load;
    private final FaultExpectation expected;
    private final List<String> wrongCells = new ArrayList<>();

    FaultCheck(FaultStack stack, FaultDistrict district, FaultLoad load) {
        this(stack, district, load, stack.aggregate(), stack.alert());
    }

    /** Checks against the aggregate-service and alert-service instances at these base URLs. */
    FaultCheck(FaultStack stack, FaultDistrict district, FaultLoad load, String aggregate, String alert) {
        this.stack = stack;
        this.aggregateUrl = aggregate;
        this.alertUrl = alert;
        this.district = district;
        this.load = load;
        this.expected = new FaultExpectation(district, load.acks);
    }

    /** Awaits the aggregate and alert-service, prints the FAULT line and asserts nothing was lost or counted twice. */
    void verify(String fault, BigDecimal target, String notes) {
        long settleStart = System.nanoTime();
        long deadline = settleStart + SETTLE.toNanos();
        List<String> problems = new ArrayList<>();
        String districtYtd;
        String alert;
        while (true) {
            problems.clear();
            compareRankings();
            problems.addAll(wrongCells);
            districtYtd = districtYtd(problems);
            alert = alert(target, problems);
            if (problems.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            Http.sleep(1000);
        }
        long settled = (System.nanoTime() - settleStart) / 1_000_000_000L;
        int cells = district.towns.size() * 12 * INDICATORS.length;
        Ledger ledger = ledgerEntries(problems);
        int acked = load.acks.size();
        String line = String.format("FAULT %s: acknowledged %d submissions = %d figures (%d retried after 503, %d "
                + "after no answer%s); found %d/%d in the aggregate's ledger entries, %d missing, %d double, %d "
                + "unacknowledged extra; rankings right in %d/%d (town, month, indicator) cells; district %s; "
                + "alert %s; %s %d s after the last 202", fault, acked, acked * 2, load.retriedAfter503.get(),
                load.retriedAfterNoAnswer.get(), notes.isEmpty() ? "" : "; " + notes, ledger.found, acked,
                ledger.missing, ledger.doubled, ledger.extra, cells - wrongCells.size(), cells, districtYtd, alert,
                problems.isEmpty() ? "all settled" : "gave up", settled);
        System.out.println(line);
        if (!problems.isEmpty()) {
            throw new AssertionError(line + "\nproblems:\n  " + String.join("\n  ", problems));
        }
    }

    /** Compares every ranking cell, keeping a description of each wrong one. */
    private void compareRankings() {
        wrongCells.clear();
        for (String indicator : INDICATORS) {
            for (int month = 1; month <= 12; month++) {
                String period = String.format("%d-%02d", FaultDistrict.YEAR, month);
                Http.Answer a = Http.send("GET", aggregateUrl + "/api/v1/rankings?parent=" + district.district
                        + "&indicator=" + indicator + "&period=" + period + "&by=value", stack.adminToken, null);
                Map<String, JsonNode> rows = new HashMap<>();
                if (a.status() == 200) {
                    a.json().get("rows").forEach(r -> rows.put(r.get("regionId").asString(), r));
                }
                for (String town : district.towns) {
                    String cell = cell(rows.get(town), town, indicator, month);
                    if (cell != null) {
                        wrongCells.add(indicator + " " + period + " " + town + ": " + cell
                                + (a.status() == 200 ? "" : " (HTTP " + a.status() + ")"));
                    }
                }
            }
        }
    }

    /** Null when the row shows what is expected, else what differs. */
    private String cell(JsonNode row, String town, String indicator, int month) {
        BigDecimal ytd = expected.ytd(town, indicator, month);
        int reported = expected.reported(town, month);
        if (row == null) {
            return "no row; expected ytd " + ytd + ", reported " + reported;
        }
        BigDecimal found = row.hasNonNull("ytd") ? row.get("ytd").decimalValue() : null;
        boolean ytdRight = found == null ? ytd == null : ytd != null && found.compareTo(ytd) == 0;
        if (ytdRight && row.get("reported").asInt() == reported) {
            return null;
        }
        return "ytd " + found + " (expected " + ytd + "), reported " + row.get("reported").asInt() + " (expected "
                + reported + ")";
    }

    private record Ledger(int found, int missing, int doubled, int extra) {
    }

    /**
     * Every acknowledged id among the ledger entries behind the district's MONTHLY figure at December: the
     * contributors' figures with all their revisions (one entry per ledger position), and the winner of each
     * (unit, month) must be the one acknowledged last.
     */
    private Ledger ledgerEntries(List<String> problems) {
        String url = aggregateUrl + "/api/v1/figures/contributors?region=" + district.district + "&indicator="
                + FaultDistrict.FLOW + "&period=" + FaultDistrict.YEAR + "-12";
        JsonNode body = Http.await("the district's contributors", Duration.ofSeconds(30), () -> {
            Http.Answer a = Http.send("GET", url, stack.adminToken, null);
            return a.status() == 200 ? a.json() : null; // 503 while the ledger is replayed
        });
        Map<String, List<String>> entries = new HashMap<>();
        Map<String, String> winners = new HashMap<>();
        for (JsonNode unit : body.get("contributors")) {
            for (JsonNode figure : unit.get("figures")) {
                String period = figure.get("period").asString();
                if (!period.startsWith(FaultDistrict.YEAR + "-")) {
                    continue;
                }
                String key = FaultExpectation.key(unit.get("entityId").asString(),
                        Integer.parseInt(period.substring(5)));
                winners.put(key, figure.get("submissionId").asString());
                List<String> ids = entries.computeIfAbsent(key, k -> new ArrayList<>());
                figure.get("revisions").forEach(r -> ids.add(r.get("submissionId").asString()));
            }
        }
        int found = 0;
        int missing = 0;
        int doubled = 0;
        Set<String> acknowledged = new HashSet<>();
        for (Map.Entry<String, List<String>> acked : expected.acknowledgedIds(load.acks).entrySet()) {
            List<String> seen = entries.getOrDefault(acked.getKey(), List.of());
            for (String id : acked.getValue()) {
                acknowledged.add(id);
                long times = seen.stream().filter(id::equals).count();
                if (times == 0) {
                    missing++;
                    problems.add("missing: submission " + id + " (" + acked.getKey() + ")");
                } else {
                    found++;
                    if (times > 1) {
                        doubled++;
                        problems.add("double: submission " + id + " is " + times + " ledger entries");
                    }
                }
            }
            String last = acked.getValue().get(acked.getValue().size() - 1);
            if (!last.equals(winners.get(acked.getKey()))) {
                problems.add("the figure of " + acked.getKey() + " is " + winners.get(acked.getKey())
                        + ", not the last acknowledged " + last);
            }
        }
        int extra = (int) entries.values().stream().flatMap(List::stream).filter(id -> !acknowledged.contains(id))
                .count();
        return new Ledger(found, missing, doubled, extra);
    }

    private String districtYtd(List<String> problems) {
        StringBuilder said = new StringBuilder();
        for (String indicator : INDICATORS) {
            BigDecimal ytd = expected.ytd(district.district, indicator, 12);
            String url = aggregateUrl + "/api/v1/figures?region=" + district.district + "&indicator=" + indicator
                    + "&period=" + FaultDistrict.YEAR + "-12";
            Http.Answer a = Http.send("GET", url, stack.adminToken, null);
            BigDecimal found = a.status() == 200 && a.json().hasNonNull("ytd") ? a.json().get("ytd").decimalValue()
                    : null;
            int reported = a.status() == 200 ? a.json().path("reported").asInt(-1) : -1;
            boolean right = found != null && found.compareTo(ytd) == 0
                    && reported == expected.reported(district.district, 12);
            said.append(said.length() == 0 ? "" : ", ").append(indicator).append(" ytd ").append(found)
                    .append(right ? " as computed" : " (expected " + ytd + ")");
            if (!right) {
                problems.add("district " + indicator + " at December: ytd " + found + ", reported " + reported
                        + "; expected " + ytd + ", " + expected.reported(district.district, 12));
            }
        }
        return said.toString();
    }

    /** The district's one PROGRESS_LAG alert on the level: FIRING, YELLOW, at the progress the test computes. */
    private String alert(BigDecimal target, List<String> problems) {
        double progress = expected.ytd(district.district, FaultDistrict.LEVEL, 12).doubleValue()
                / target.doubleValue() * 100;
        Http.Answer a = Http.send("GET", alertUrl + "/api/v1/alerts?region=" + district.district + "&indicator="
                + FaultDistrict.LEVEL, stack.adminToken, null);
        List<JsonNode> found = new ArrayList<>();
        if (a.status() == 200) {
            a.json().forEach(n -> {
                if ("PROGRESS_LAG".equals(n.get("rule").asString()) && n.get("year").asInt() == FaultDistrict.YEAR) {
                    found.add(n);
                }
            });
        }
        JsonNode alert = found.size() == 1 ? found.get(0) : null;
        if (alert != null && "FIRING".equals(alert.get("state").asString())
                && "YELLOW".equals(alert.get("severity").asString())
                && Math.abs(alert.get("progressPct").asDouble() - progress) < 1e-9
                && (FaultDistrict.YEAR + "-12").equals(alert.get("period").asString())) {
            return String.format("PROGRESS_LAG FIRING YELLOW at %.3f %% as computed", progress);
        }
        problems.add("alert: expected one FIRING YELLOW PROGRESS_LAG at " + progress + " % for December, found "
                + (a.status() == 200 ? found : "HTTP " + a.status()));
        return alert == null ? "WRONG (" + found.size() + " PROGRESS_LAG alerts)"
                : String.format("WRONG (%s %s at %.3f %% for %s)", alert.get("state").asString(),
                        alert.get("severity").asString(), alert.get("progressPct").asDouble(),
                        alert.get("period").asString());
    }
}
