package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void everyTownIndicatorAndYearHasATargetWithBothGoals() {
        CityModel model = CityModel.of(2, 4, 10, 20);

        List<Targets.Target> targets = Targets.plan(model, new TreeSet<>(List.of(2025, 2026)));

        assertThat(targets).hasSize(2 * 4 * 20);
        assertThat(targets).allSatisfy(t -> {
            assertThat((BigDecimal) t.body().get("annualTarget")).isPositive();
            assertThat(t.body().get("growthTargetPct")).isEqualTo(Targets.GROWTH_TARGET_PCT);
        });
        assertThat(targets.get(0).path()).isEqualTo("/api/v1/targets/2025/bench-t001/industrial_va");
    }
}
