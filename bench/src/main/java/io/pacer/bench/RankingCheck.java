package io.pacer.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.pacer.events.Region;
import tools.jackson.databind.JsonNode;

/**
 * "Caught up" as a user sees it: at the ledger's latest month, every ranking (the city's districts, each
 * district's towns) answers 200 with every child ranked by value, and the city's year-to-date of every indicator
 * equals the sum the generator computed (latest record per figure wins; MONTHLY sums the months, CUMULATIVE and
 * STOCK take the latest level), with every entity counted as reported. With several aggregate-service instances
 * every one of them is asked everything: any instance answers any query.
 */
final class RankingCheck {

    private final Http http;
    private final List<String> aggregates;
    private final String token;
    private final CityModel model;
    private final LedgerGenerator.Summary ledger;
    private int requests;

    RankingCheck(Http http, List<String> aggregates, String token, CityModel model, LedgerGenerator.Summary ledger) {
        this.http = http;
        this.aggregates = List.copyOf(aggregates);
        this.token = token;
        this.model = model;
        this.ledger = ledger;
    }

    int requestsPerCheck() {
        return requests;
    }

    /** Null when everything is there and right, else the first problem found. */
    String problem() {
        String period = ledger.latest().toString();
        List<CompletableFuture<String>> checks = new ArrayList<>();
        for (String aggregate : aggregates) {
            ask(aggregate, period, checks);
        }
        requests = checks.size();
        for (CompletableFuture<String> check : checks) {
            String problem = check.exceptionally(e -> "request failed: " + e).join();
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private void ask(String aggregate, String period, List<CompletableFuture<String>> checks) {
        for (String parent : model.rankingParents()) {
            long children = childrenOf(parent);
            for (IndicatorSpec i : model.indicators()) {
                String url = aggregate + "/api/v1/rankings?parent=" + parent + "&indicator=" + i.code() + "&period="
                        + period + "&by=value";
                checks.add(http.getAsync(url, token).thenApply(a -> ranking(url, a, children)));
            }
        }
        for (Map.Entry<String, BigDecimal> expected : ledger.cityYtd().entrySet()) {
            String url = aggregate + "/api/v1/figures?region=" + CityModel.CITY + "&indicator=" + expected.getKey()
                    + "&period=" + period;
            checks.add(http.getAsync(url, token).thenApply(a -> cityFigure(url, a, expected.getValue())));
        }
    }

    private long childrenOf(String parent) {
        if (parent.equals(CityModel.CITY)) {
            return model.districts().size();
        }
        return model.towns().stream().map(Region::parentId).filter(parent::equals).count();
    }

    private static String ranking(String url, Http.Answer a, long children) {
        if (a.status() != 200) {
            return url + " answered " + a.status();
        }
        JsonNode rows = a.json().get("rows");
        if (rows == null || rows.size() != children) {
            return url + ": " + (rows == null ? 0 : rows.size()) + " rows, expected " + children;
        }
        for (JsonNode row : rows) {
            if (row.get("rank") == null || row.get("rank").isNull()) {
                return url + ": " + row.get("regionId").asString() + " has no rank yet";
            }
        }
        return null;
    }

    private String cityFigure(String url, Http.Answer a, BigDecimal expected) {
        if (a.status() != 200) {
            return url + " answered " + a.status();
        }
        JsonNode f = a.json();
        JsonNode ytd = f.get("ytd");
        if (ytd == null || ytd.isNull() || ytd.decimalValue().compareTo(expected) != 0) {
            return url + ": ytd " + (ytd == null ? null : ytd.asString()) + ", expected " + expected.toPlainString();
        }
        int reported = f.get("reported").asInt();
        if (reported != model.entities().size()) {
            return url + ": reported " + reported + ", expected " + model.entities().size();
        }
        return null;
    }
}
