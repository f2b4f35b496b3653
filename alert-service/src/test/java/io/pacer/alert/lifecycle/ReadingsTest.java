package io.pacer.alert.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.math.BigDecimal;

import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;

/** A reading refreshed without a transition is held in memory and written in bulk, never lost to the API. */
class ReadingsTest extends ServiceTest {

    @Autowired
    TargetBook targets;
    @Autowired
    AlertStore store;
    @Autowired
    AlertEvaluator evaluator;

    private Alert stored() {
        return store.search(Filters.and(Filters.eq("year", 2032), Filters.eq("rule", AlertRule.PROGRESS_LAG.name())))
                .get(0);
    }

    @Test
    void aNewReadingIsWrittenByTheFlushNotPerPollAndTheApiAlwaysShowsIt() throws Exception {
        targets.save(Target.of(2032, "gxq", "projects_completed", new BigDecimal("12"), null, null, null, null));
        sendFigure("gxq", "2032-09", "7", 1); // 58.3 % of 75 %: YELLOW, FIRING is written at once
        assertThat(published()).extracting(AlertEvent::rule)
                .containsExactlyInAnyOrder(AlertRule.PROGRESS_LAG, AlertRule.FORECAST_MISS);
        sendFigure("gxq", "2032-09", "7.5", 1); // 62.5 %: still YELLOW, a new reading only

        assertThat(published()).isEmpty();
        assertThat(stored().values().progressPct()).isEqualByComparingTo("58.33333333333333");

        mvc.perform(get("/api/v1/alerts?region=gxq&indicator=projects_completed")
                .header("Authorization", bearer(STATISTICS)))
                .andExpect(jsonPath("$[?(@.year == 2032 && @.rule == 'PROGRESS_LAG')].progressPct").value(62.5));
        assertThat(stored().values().progressPct()).isEqualByComparingTo("62.5");
    }

    @Test
    void theClockWritesHeldReadings() {
        targets.save(Target.of(2033, "gxq", "projects_completed", new BigDecimal("12"), null, null, null, null));
        sendFigure("gxq", "2033-09", "7", 1);
        sendFigure("gxq", "2033-09", "7.5", 1);

        evaluator.flushReadings();

        assertThat(store.search(Filters.eq("year", 2033)).get(0).values().progressPct()).isEqualByComparingTo("62.5");
    }
}
