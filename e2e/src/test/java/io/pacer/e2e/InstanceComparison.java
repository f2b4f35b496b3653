package io.pacer.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The same queries to two instances of a service, compared: rankings (every month, both indicators, by value,
 * growth and share, of the district's towns and of the city's district), figures of every region, contributors
 * (the drill-down) at district and city level, and the alerts and targets. A query is answered alike when both
 * instances answer 200 with equal JSON.
 */
final class InstanceComparison {

    private final String token;
    private final FaultDistrict district;

    /** What was compared and what differed. */
    record Result(int queries, List<String> differences) {
    }

    InstanceComparison(String token, FaultDistrict district) {
        this.token = token;
        this.district = district;
    }

    /** The aggregate-service queries (paths with their query string). */
    List<String> aggregateQueries() {
        List<String> paths = new ArrayList<>();
        for (String indicator : new String[] {FaultDistrict.FLOW, FaultDistrict.LEVEL}) {
            for (int month = 1; month <= 12; month++) {
                for (String by : new String[] {"value", "growth", "share"}) {
                    paths.add(ranking(district.district, indicator, month, by));
                    if (month == 12) {
                        paths.add(ranking(district.city, indicator, month, by));
                    }
                }
            }
            List<String> regions = new ArrayList<>(List.of(district.city, district.district));
            regions.addAll(district.towns);
            for (String region : regions) {
                for (int month : new int[] {6, 12}) {
                    paths.add("/api/v1/figures?region=" + region + "&indicator=" + indicator + "&period="
                            + period(month));
                }
            }
            for (String region : List.of(district.district, district.city)) {
                paths.add("/api/v1/figures/contributors?region=" + region + "&indicator=" + indicator + "&period="
                        + period(12));
            }
        }
        return paths;
    }

    List<String> alertQueries() {
        return List.of("/api/v1/alerts?region=" + district.city, "/api/v1/alerts?region=" + district.district
                + "&indicator=" + FaultDistrict.LEVEL, "/api/v1/targets?year=" + FaultDistrict.YEAR);
    }

    /** Compares until every query is answered alike or the timeout passes; the last comparison. */
    Result await(String aggregate1, String aggregate2, String alert1, String alert2, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> differences = new ArrayList<>();
            compare(aggregate1, aggregate2, aggregateQueries(), differences);
            compare(alert1, alert2, alertQueries(), differences);
            if (differences.isEmpty() || System.nanoTime() > deadline) {
                return new Result(aggregateQueries().size() + alertQueries().size(), differences);
            }
            Http.sleep(1000);
        }
    }

    private void compare(String base1, String base2, List<String> paths, List<String> differences) {
        for (String path : paths) {
            Http.Answer a = Http.send("GET", base1 + path, token, null);
            Http.Answer b = Http.send("GET", base2 + path, token, null);
            if (a.status() != 200 || b.status() != 200) {
                differences.add(path + ": HTTP " + a.status() + " at " + base1 + ", " + b.status() + " at " + base2
                        + " (" + abbreviate(a.status() != 200 ? a.body() : b.body()) + ")");
            } else if (!a.json().equals(b.json())) {
                differences.add(path + ": " + abbreviate(a.body()) + " at " + base1 + " but " + abbreviate(b.body())
                        + " at " + base2);
            }
        }
    }

    private static String ranking(String parent, String indicator, int month, String by) {
        return "/api/v1/rankings?parent=" + parent + "&indicator=" + indicator + "&period=" + period(month) + "&by="
                + by;
    }

    private static String period(int month) {
        return String.format("%d-%02d", FaultDistrict.YEAR, month);
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
