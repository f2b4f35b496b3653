package io.pacer.alert.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;

class ForecastApiTest extends ServiceTest {

    private static final int YEAR = 2011;

    @Autowired
    TargetBook targets;

    @BeforeEach
    void figures() {
        targets.save(Target.of(YEAR, "gxq", "projects_completed", new BigDecimal("12"), null, null, null, null));
        sendFigure("gxq", (YEAR - 1) + "-09", "6", 1);
        sendFigure("gxq", (YEAR - 1) + "-12", "10", 1);
        sendFigure("gxq", YEAR + "-09", "7", 1);
        sendFigure("ta", YEAR + "-09", "1", 1);
        published();
    }

    private ResultActions forecasts(String token, String... params) throws Exception {
        var request = get("/api/v1/forecasts").header(HttpHeaders.AUTHORIZATION, bearer(token));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void forecastsARegionsYearOnLastYearsCurveAgainstItsTarget() throws Exception {
        forecasts(STATISTICS, "region", "gxq", "indicator", "projects_completed", "year", "" + YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionId").value("gxq"))
                .andExpect(jsonPath("$.indicator").value("projects_completed"))
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.month").value(9))
                .andExpect(jsonPath("$.ytd").value(7))
                .andExpect(jsonPath("$.forecast").value(11.66666666666667)) // 7 × 10 / 6, unrounded
                .andExpect(jsonPath("$.method").value("SEASONAL"))
                .andExpect(jsonPath("$.annualTarget").value(12))
                .andExpect(jsonPath("$.attainmentPct").value(97.22222222222222));
    }

    @Test
    void withoutLastYearTheForecastIsLinearAndWithoutATargetThereIsNoAttainment() throws Exception {
        forecasts(STATISTICS, "region", "ta", "indicator", "projects_completed", "year", "" + YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("LINEAR"))
                .andExpect(jsonPath("$.forecast").value(1.333333333333333))
                .andExpect(jsonPath("$.annualTarget").doesNotExist())
                .andExpect(jsonPath("$.attainmentPct").doesNotExist());
    }

    @Test
    void listsTheForecastsOfAParentsChildrenWithinTheCallersScope() throws Exception {
        forecasts(STATISTICS, "parent", "d1", "year", "" + YEAR, "indicator", "projects_completed")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].regionId", contains("gxq", "ta")))
                .andExpect(jsonPath("$[*].method", contains("SEASONAL", "LINEAR")));
        forecasts(STATISTICS, "parent", "d1", "year", "" + YEAR)
                .andExpect(jsonPath("$[*].regionId", containsInAnyOrder("gxq", "ta")));
        forecasts(OFFICIAL_ZONE, "parent", "d1", "year", "" + YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].regionId", contains("gxq")));
        forecasts(OFFICIAL_TOWN_A, "region", "gxq", "indicator", "projects_completed", "year", "" + YEAR)
                .andExpect(status().isForbidden());
        forecasts(OFFICIAL_D1, "region", "gxq", "indicator", "projects_completed", "year", "" + YEAR)
                .andExpect(status().isOk());
        forecasts(OFFICIAL_ZONE, "parent", "city", "year", "" + YEAR).andExpect(status().isForbidden());
    }

    @Test
    void aYearWithoutFiguresOrAnUnknownRegionIsNotFound() throws Exception {
        forecasts(STATISTICS, "region", "gxq", "indicator", "projects_completed", "year", "2005")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        forecasts(STATISTICS, "region", "nowhere", "indicator", "projects_completed", "year", "" + YEAR)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("region"));
        forecasts(STATISTICS, "region", "gxq", "indicator", "nothing", "year", "" + YEAR)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("indicator"));
        forecasts(STATISTICS, "parent", "nowhere", "year", "" + YEAR)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("parent"));
    }

    @Test
    void badParametersAreProblems() throws Exception {
        forecasts(STATISTICS, "region", "gxq", "indicator", "projects_completed", "year", "soon")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        forecasts(STATISTICS, "region", "gxq", "indicator", "projects_completed", "year", "99")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        forecasts(STATISTICS, "region", "gxq", "indicator", "projects_completed")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        forecasts(STATISTICS, "year", "" + YEAR)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
        forecasts(STATISTICS, "region", "gxq", "year", "" + YEAR)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicator"));
        forecasts(STATISTICS, "region", "gxq", "parent", "d1", "year", "" + YEAR)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
        forecasts(REPORTER, "region", "gxq", "indicator", "projects_completed", "year", "" + YEAR)
                .andExpect(status().isForbidden());
    }
}
