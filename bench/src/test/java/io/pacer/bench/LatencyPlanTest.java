package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LatencyPlanTest {

    @Test
    void periodsAreTheCurrentMonthThenOnlyMonthsBeforeTheLedger() {
        List<String> periods = LatencyRun.periods(YearMonth.of(2026, 11), YearMonth.of(2026, 1), 5);
        assertThat(periods.get(0)).isEqualTo("2026-11");
        assertThat(periods.get(1)).isEqualTo("2025-12");
        assertThat(periods.get(periods.size() - 1)).isEqualTo("2021-01");
        assertThat(periods).noneMatch(p -> p.startsWith("2026-") && !p.equals("2026-11"));
        assertThat(new HashSet<>(periods)).hasSameSizeAs(periods);
    }

    @Test
    void theScheduleIsSteadyAndUsesEachEntityPeriodOnce() {
        CityModel model = CityModel.of(2, 4, 10, 3);
        List<LatencyRun.Item> plan = LatencyRun.plan(model.entities(), List.of("2026-11", "2025-12"), 5.0, 15);
        assertThat(plan).hasSize(15);
        assertThat(plan.get(10).period()).isEqualTo("2025-12");
        assertThat(plan.get(10).entity()).isEqualTo(model.entities().get(0));
        assertThat(plan.get(10).scheduledSeconds()).isEqualTo(2.0);
        assertThat(LatencyRun.plan(model.entities(), List.of("2026-11"), 5.0, 15)).hasSize(10);
    }

    @Test
    void eachTownBelongsToOneSenderAndEachEntityToItsTownsSender() {
        CityModel model = CityModel.of(2, 7, 30, 3);
        Map<String, Integer> owners = LatencyRun.owners(model.towns(), 3);
        assertThat(owners).hasSize(7);
        List<List<String>> groups = LatencyRun.entityGroups(model, 3);
        Set<String> all = new HashSet<>();
        for (int s = 0; s < groups.size(); s++) {
            for (String id : groups.get(s)) {
                assertThat(all.add(id)).isTrue();
                String town = model.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow()
                        .regionId();
                assertThat(owners.get(town)).isEqualTo(s);
            }
        }
        assertThat(all).hasSize(30);
    }
}
