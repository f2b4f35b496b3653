package io.pacer.ingest.submission;

import java.util.List;

/**
 * Names the fields of one submission where the client will find them: a JSON path ({@code [2].figures[0].value})
 * for JSON, a line and column ({@code line 5: value}) for CSV.
 */
interface Locator {

    String field(String name);

    String figure(int index, String name);

    static Locator json(String prefix) {
        return new Locator() {
            @Override
            public String field(String name) {
                return prefix + name;
            }

            @Override
            public String figure(int index, String name) {
                return prefix + "figures[" + index + "]." + name;
            }
        };
    }

    /** {@code lines.get(i)} is the CSV line of figure i. */
    static Locator csv(List<Integer> lines) {
        return new Locator() {
            @Override
            public String field(String name) {
                return "line " + lines.get(0) + ": " + column(name);
            }

            @Override
            public String figure(int index, String name) {
                return "line " + lines.get(index) + ": " + column(name);
            }
        };
    }

    private static String column(String name) {
        return switch (name) {
            case "entityId" -> "entity_id";
            case "priorYearValue" -> "prior_year_value";
            default -> name;
        };
    }
}
