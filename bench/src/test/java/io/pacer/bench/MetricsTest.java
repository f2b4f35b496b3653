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
}
