package io.pacer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Prometheus and Grafana read (docker/) against what the three services serve: after a little load (a district
 * of two towns, submissions, rankings read and exported, a template downloaded, an alert notified by webhook, one
 * unreadable ledger record), every metric name in the dashboards' and the alert rules' PromQL is on some service's
 * /actuator/prometheus, and the {@code @Timed} methods have counted their calls. Runs last: its unreadable record
 * goes to pacer.submissions.dlq.
 */
@ExtendWith(StackExtension.class)
@Order(5)
class MonitoringIT {

    /** Series Prometheus makes itself for every target, not served by it. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds",
            "scrape_samples_scraped", "scrape_samples_post_metric_relabeling", "scrape_series_added", "ALERTS",
            "ALERTS_FOR_STATE");

    private static Map<String, Scrape> scrapes;
    private static Throwable loadFailure;

    @Test
    void everyMetricOfTheDashboardsAndAlertRulesIsServedAfterALittleLoad(Stack stack) throws Exception {
        Map<String, Scrape> served = loadOnce(stack);
        MonitoringConfig config = MonitoringConfig.read(Stack.ROOT.resolve("docker"));
        assertThat(config.expressions()).as("PromQL found under docker/").hasSizeGreaterThan(10);
        Map<String, List<String>> foundIn = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (MonitoringConfig.Expression e : config.expressions()) {
            for (String metric : PromQl.metricNames(e.promQl())) {
                List<String> services = new ArrayList<>();
                if (PROMETHEUS_OWN.contains(metric)) {
                    services.add("prometheus (per target)");
                } else if (config.recorded().contains(metric)) {
                    services.add("recording rule");
                }
                served.values().stream().filter(s -> s.has(metric)).forEach(s -> services.add(s.service()));
                if (!foundIn.containsKey(metric) && services.isEmpty()) {
                    missing.add(metric + " (" + e.file() + ": " + e.promQl() + ")");
                }
                foundIn.putIfAbsent(metric, services);
            }
        }
        System.out.println("monitoring: metric -> where it is served");
        foundIn.forEach((metric, where) -> System.out.printf("monitoring:   %-55s %s%n", metric,
                where.isEmpty() ? "MISSING" : String.join(", ", where)));
        assertThat(missing).as("metric names in docker/ that no service serves").isEmpty();
    }

    @Test
    void timedMethodsCountTheirCallsInEveryServiceThatHasThem(Stack stack) throws Exception {
        Map<String, Scrape> served = loadOnce(stack);
        Scrape ingest = served.get("ingest");
        Scrape aggregate = served.get("aggregate");
        assertThat(ingest.sum("pacer_submission_requests_seconds_count", "kind=\"single\"")).isPositive();
        assertThat(ingest.sum("pacer_submission_requests_seconds_count", "kind=\"batch\"")).isPositive();
        assertThat(ingest.sum("pacer_submission_requests_seconds_count", "kind=\"csv\"")).isPositive();
        assertThat(ingest.sum("pacer_template_downloads_seconds_count")).isPositive();
        assertThat(aggregate.sum("pacer_aggregate_rankings_seconds_count")).isPositive();
        assertThat(aggregate.sum("pacer_aggregate_ranking_exports_seconds_count")).isPositive();
        assertThat(aggregate.sum("pacer_aggregate_batch_seconds_count", "input=\"ledger\"")).isPositive();
        assertThat(aggregate.sum("pacer_aggregate_batch_seconds_count", "input=\"totals\"")).isPositive();
    }

    @Test
    void anUnreadableLedgerRecordShowsAsADeadLetterInEachConsumingService(Stack stack) throws Exception {
        Map<String, Scrape> served = loadOnce(stack);
        for (String service : List.of("ingest", "aggregate", "alert")) {
            assertThat(MonitoringLoad.countedTheDeadLetter(served.get(service)))
                    .as(service + " counted the dead letter").isTrue();
        }
    }

    /** The load, once for the class, then a scrape of each service. */
    private static synchronized Map<String, Scrape> loadOnce(Stack stack) throws Exception {
        if (loadFailure != null) {
            throw new IllegalStateException("the load failed in an earlier test", loadFailure);
        }
        if (scrapes == null) {
            try {
                scrapes = MonitoringLoad.run(stack);
            } catch (Exception | AssertionError e) {
                loadFailure = e;
                throw e;
            }
        }
        return scrapes;
    }
}
