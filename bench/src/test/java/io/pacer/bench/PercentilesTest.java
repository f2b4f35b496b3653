package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToAHundred() {
        double[] values = new double[100];
        for (int k = 0; k < 100; k++) {
            values[k] = 100 - k;
        }
        Percentiles p = new Percentiles(values);
        assertThat(p.percentile(50)).isEqualTo(50);
        assertThat(p.percentile(99)).isEqualTo(99);
        assertThat(p.percentile(100)).isEqualTo(100);
        assertThat(p.min()).isEqualTo(1);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        Percentiles p = new Percentiles(new double[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 1000});
        assertThat(p.percentile(90)).isEqualTo(90);
        assertThat(p.percentile(91)).isEqualTo(1000);
        assertThat(p.percentile(99)).isEqualTo(1000);
        assertThat(new Percentiles(new double[] {7}).percentile(50)).isEqualTo(7);
        assertThat(new Percentiles(new double[0]).percentile(50)).isNaN();
    }
}
