package io.pacer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void namesTheMetricsButNotFunctionsLabelsKeywordsOrDurations() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (le) (rate(pacer_x_seconds_bucket[5m])))"))
                .containsExactly("pacer_x_seconds_bucket");
        assertThat(PromQl.metricNames("sum(increase(a_total{topic=~\".+\\\\.dlq\"}[1h] offset 5m)) or vector(0)"))
                .containsExactly("a_total");
        assertThat(PromQl.metricNames("up{job=\"pacer\"} == 0 and on (instance) b > 1e3"))
                .containsExactly("up", "b");
        assertThat(PromQl.metricNames("rate(c_count[5m]) / ignoring(le) group_left (service) rate(d_sum[5m])"))
                .containsExactly("c_count", "d_sum");
    }
}
