package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void summarisesTheBatchTimerPerInput() {
        String page = """
                # TYPE pacer_aggregate_batch_seconds histogram
                pacer_aggregate_batch_seconds_bucket{class="A",input="ledger",le="0.5"} 40
                pacer_aggregate_batch_seconds_count{class="A",exception="none",input="ledger",method="onLedger"} 44
                pacer_aggregate_batch_seconds_sum{class="A",exception="none",input="ledger",method="onLedger"} 22.0
                pacer_aggregate_batch_seconds_max{class="A",exception="none",input="ledger",method="onLedger"} 1.5
                pacer_aggregate_batch_seconds_count{class="A",exception="none",input="totals",method="onTotals"} 10
                pacer_aggregate_batch_seconds_sum{class="A",exception="none",input="totals",method="onTotals"} 1.0
                """;
        assertThat(Metrics.batchTimer(page)).containsExactly(
                "aggregate timer pacer_aggregate_batch{input=ledger}: 44 batches, 22.0 s in all, mean 500.0 ms, "
                        + "max (recent) 1500.0 ms",
                "aggregate timer pacer_aggregate_batch{input=totals}: 10 batches, 1.0 s in all, mean 100.0 ms, "
                        + "max (recent) 0.0 ms");
        assertThat(Metrics.batchTimer("")).containsExactly(
                "aggregate timer pacer_aggregate_batch: not on /actuator/prometheus");
    }

    @Test
    void theBatchTimerOfSeveralInstancesPagesAddsCountsAndSumsAndKeepsTheLargestMax() {
        String first = """
                pacer_aggregate_batch_seconds_count{input="ledger"} 30
                pacer_aggregate_batch_seconds_sum{input="ledger"} 12.0
                pacer_aggregate_batch_seconds_max{input="ledger"} 0.5
                """;
        String second = """
                pacer_aggregate_batch_seconds_count{input="ledger"} 10
                pacer_aggregate_batch_seconds_sum{input="ledger"} 8.0
                pacer_aggregate_batch_seconds_max{input="ledger"} 2.5
                """;
        assertThat(Metrics.batchTimer(first + second)).containsExactly(
                "aggregate timer pacer_aggregate_batch{input=ledger}: 40 batches, 20.0 s in all, mean 500.0 ms, "
                        + "max (recent) 2500.0 ms");
        assertThat(Metrics.batchTimer(second + first)).isEqualTo(Metrics.batchTimer(first + second));
    }

    @Test
    void saysWhatTheServicesOwnMetersCountedDuringAPhase() {
        String aggregateBefore = """
                pacer_aggregate_flush_seconds_count{application="aggregate-service",stage="compute"} 10
                pacer_aggregate_flush_seconds_sum{application="aggregate-service",stage="compute"} 1.0
                pacer_submission_to_ranking_seconds_count{application="aggregate-service"} 0
                pacer_submission_to_ranking_seconds_bucket{application="aggregate-service",le="0.1"} 0
                pacer_submission_to_ranking_seconds_bucket{application="aggregate-service",le="0.5"} 0
                pacer_submission_to_ranking_seconds_bucket{application="aggregate-service",le="1.0"} 0
                pacer_submission_to_ranking_seconds_bucket{application="aggregate-service",le="+Inf"} 0
                """;
        String aggregateAfter = """
                pacer_aggregate_flush_seconds_count{application="aggregate-service",stage="compute"} 30
                pacer_aggregate_flush_seconds_sum{application="aggregate-service",stage="compute"} 3.0
                pacer_aggregate_flush_seconds_count{application="aggregate-service",stage="publish"} 20
                pacer_aggregate_flush_seconds_sum{application="aggregate-service",stage="publish"} 0.5
                pacer_submission_to_ranking_seconds_count{application="aggregate-service"} 4
                pacer_submission_to_ranking_seconds_sum{application="aggregate-service"} 2.0
                pacer_submission_to_ranking_seconds_bucket{application="aggregate-service",le="0.1"} 1
                pacer_submission_to_ranking_seconds_bucket{application="aggregate-service",le="0.5"} 2
                pacer_submission_to_ranking_seconds_bucket{application="aggregate-service",le="1.0"} 4
                pacer_submission_to_ranking_seconds_bucket{application="aggregate-service",le="+Inf"} 4
                pacer_submission_to_applied_seconds_bucket{application="aggregate-service",le="0.1"} 3
                pacer_submission_to_applied_seconds_bucket{application="aggregate-service",le="0.5"} 4
                pacer_submission_to_applied_seconds_bucket{application="aggregate-service",le="+Inf"} 4
                """;
        String ingestAfter = """
                pacer_ledger_transaction_requests_count{application="ingest-service"} 50
                pacer_ledger_transaction_requests_sum{application="ingest-service"} 200
                pacer_history_ledger_records_total{application="ingest-service",outcome="applied"} 7
                pacer_history_ledger_records_total{application="ingest-service",outcome="written-by-request"} 3993
                """;

        assertThat(Metrics.phase(aggregateBefore, aggregateAfter, "", ingestAfter)).containsExactly(
                "aggregate flushes: compute 20 x mean 100.0 ms, publish 20 x mean 25.0 ms; its own acceptance -> "
                        + "published timer: 4, mean 500 ms, p50/p90/p99 at most 500 / 1000 / 1000 ms (histogram "
                        + "buckets), of which acceptance -> applied in memory at most 100 / 500 / 500 ms",
                "ingest: 50 ledger transactions for 200 requests (4.0 each); its ledger consumer applied 7 records "
                        + "and skipped 3,993 the request path had written");
    }

    @Test
    void quantilesOfAPhaseComeFromTheDifferenceOfTheBucketsBetweenTwoPages() {
        String before = """
                t_seconds_bucket{le="0.1"} 90
                t_seconds_bucket{le="1.0"} 100
                t_seconds_bucket{le="+Inf"} 100
                """;
        String after = """
                t_seconds_bucket{le="0.1"} 100
                t_seconds_bucket{le="1.0"} 190
                t_seconds_bucket{le="+Inf"} 200
                """;

        // in the phase: 10 under 0.1 s, 80 more under 1 s, 10 above
        assertThat(Metrics.quantiles(before, after, "t_seconds", 0.05, 0.5, 0.99))
                .containsExactly(0.1, 1.0, Double.POSITIVE_INFINITY);
        assertThat(Metrics.quantiles("", "", "t_seconds", 0.5)[0]).isNaN();
    }
}
