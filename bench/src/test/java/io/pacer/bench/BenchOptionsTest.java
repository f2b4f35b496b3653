package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreTheIssuesMillionFigures() {
        BenchOptions o = BenchOptions.parse(new String[0]);
        assertThat(o.entities()).isEqualTo(5000);
        assertThat(o.figures()).isEqualTo(1_000_000);
        assertThat(o.towns()).isEqualTo(60);
        assertThat(o.districts()).isEqualTo(6);
        assertThat(o.rate()).isEqualTo(2000);
        assertThat(o.revisions()).isEqualTo(0.02);
        assertThat(o.mongo()).isEqualTo("h2");
    }

    @Test
    void figuresAloneScaleTheEntitiesAndTownsNeverOutnumberThem() {
        BenchOptions o = BenchOptions.parse(new String[] {"--figures", "20000", "--towns=200", "--keep"});
        assertThat(o.entities()).isEqualTo(100);
        assertThat(o.towns()).isEqualTo(100);
        assertThat(o.keep()).isTrue();
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rate", "fast"})).hasMessageContaining("--rate");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--entities", "10", "--figures", "5"}))
                .hasMessageContaining("--figures");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--revisions", "2"}))
                .hasMessageContaining("--revisions");
    }

    @Test
    void theAlertPhasesHaveASwitchAndATimeoutOfTheirOwn() {
        BenchOptions defaults = BenchOptions.parse(new String[0]);
        assertThat(defaults.skipAlerts()).isFalse();
        assertThat(defaults.alertCatchUpTimeoutSeconds()).isEqualTo(600);

        BenchOptions o = BenchOptions.parse(new String[] {"--skip-alerts", "--alert-catch-up-timeout", "90"});
        assertThat(o.skipAlerts()).isTrue();
        assertThat(o.alertCatchUpTimeoutSeconds()).isEqualTo(90);
    }

    @Test
    void oneInstanceOfEachServiceUnlessInstancesSaysOtherwise() {
        assertThat(BenchOptions.parse(new String[0]).instances()).containsExactly(1);
        assertThat(BenchOptions.parse(new String[] {"--instances", "2"}).instances()).containsExactly(2);
        assertThat(BenchOptions.parse(new String[] {"--instances=1,2"}).instances()).containsExactly(1, 2);
        assertThat(BenchOptions.parse(new String[] {"--instances", "2, 1"}).instances()).containsExactly(2, 1);
    }

    @Test
    void instancesRefusesCountsOutsideOneToFourRepeatsAndWords() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--instances", "0"}))
                .hasMessage("--instances must be in 1..4, was 0");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--instances", "5"}))
                .hasMessage("--instances must be in 1..4, was 5");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--instances", "2,2"}))
                .hasMessage("--instances names 2 twice");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--instances", "two"}))
                .hasMessage("--instances must be whole numbers separated by commas, was 'two'");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--instances", "1,"}))
                .hasMessageContaining("--instances must be whole numbers");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--instances"}))
                .hasMessage("option --instances needs a value");
    }
}
