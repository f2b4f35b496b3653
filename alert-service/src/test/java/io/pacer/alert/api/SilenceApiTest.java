package io.pacer.alert.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.notify.WebhookReceiver;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.FigureEvent;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;

class SilenceApiTest extends ServiceTest {

    @Autowired
    TargetBook targets;

    private ResultActions post(String token, String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String id(ResultActions created) throws Exception {
        return PacerJson.read(created.andReturn().getResponse().getContentAsByteArray(), Map.class).get("id")
                .toString();
    }

    private static String future() {
        return Instant.now().plusSeconds(3600).toString();
    }

    @Test
    void aSilenceHoldsBackNotificationsButNotTheAlert() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String subscription = id(post(STATISTICS, "/api/v1/subscriptions", "{\"regionIds\": [\"d1\"],"
                    + " \"indicators\": [\"silenced_indicator\"], \"channel\": \"webhook\", \"address\": \""
                    + receiver.url() + "\"}").andExpect(status().isCreated()));
            String silence = id(post(OFFICIAL_D1, "/api/v1/silences", "{\"matchers\": [{\"name\": \"regionId\","
                    + " \"value\": \"tb\"}, {\"name\": \"indicator\", \"value\": \"silenced_indicator\"}], \"until\": \""
                    + future() + "\", \"reason\": \"data being restated\"}").andExpect(status().isCreated()));
            sendReference(new Indicator("silenced_indicator", "静默", "Silenced", "个",
                    Basis.CUMULATIVE, Better.HIGHER, null, true));
            targets.save(Target.of(2016, "tb", "silenced_indicator", new BigDecimal("12"), null, null, null, null));

            sendFigure(new FigureEvent("tb", "d1", "silenced_indicator", "2016-09", new BigDecimal("7"),
                    null, null, null, 1, 1, Ranks.NONE, Ranks.NONE));
            Thread.sleep(2500);

            assertThat(receiver.received()).isEmpty();
            mvc.perform(get("/api/v1/alerts").param("region", "tb").param("indicator", "silenced_indicator")
                    .header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS)))
                    .andExpect(jsonPath("$[0].state").value("FIRING"));
            mvc.perform(get("/api/v1/silences").header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS)))
                    .andExpect(jsonPath("$[*].id", hasItem(silence)));

            mvc.perform(delete("/api/v1/silences/" + silence).header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_D1)))
                    .andExpect(status().isNoContent());
            sendFigure(new FigureEvent("tb", "d1", "silenced_indicator", "2016-09", new BigDecimal("9"),
                    null, null, null, 2, 2, Ranks.NONE, Ranks.NONE));
            Instant deadline = Instant.now().plusSeconds(10);
            while (receiver.received().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }

            assertThat(receiver.received()).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains("\"status\":\"resolved\""));
            mvc.perform(get("/api/v1/silences").header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS)))
                    .andExpect(jsonPath("$[*].id", not(hasItem(silence))));
            mvc.perform(delete("/api/v1/subscriptions/" + subscription).header(HttpHeaders.AUTHORIZATION,
                    bearer(STATISTICS))).andExpect(status().isNoContent());
        }
    }

    @Test
    void silencesAreValidatedAndScoped() throws Exception {
        post(STATISTICS, "/api/v1/silences", "{\"matchers\": [{\"name\": \"colour\", \"value\": \"red\"}],"
                + " \"until\": \"2001-01-01T00:00:00Z\", \"reason\": \" \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("matchers[0].name", "until", "reason")));
        post(OFFICIAL_ZONE, "/api/v1/silences", "{\"matchers\": [{\"name\": \"regionId\", \"value\": \"ta\"}],"
                + " \"until\": \"" + future() + "\", \"reason\": \"not mine\"}").andExpect(status().isForbidden());
        post(OFFICIAL_ZONE, "/api/v1/silences", "{\"matchers\": [{\"name\": \"rule\", \"value\": \"RANK_DROP\"}],"
                + " \"until\": \"" + future() + "\", \"reason\": \"everything\"}").andExpect(status().isForbidden());
        post(REPORTER, "/api/v1/silences", "{}").andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/silences/nope").header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS)))
                .andExpect(status().isNotFound());
    }

    @Test
    void eachCallerListsOnlyTheSilencesWithinItsScope() throws Exception {
        String townB = id(post(OFFICIAL_D1, "/api/v1/silences", "{\"matchers\": [{\"name\": \"regionId\","
                + " \"value\": \"tb\"}], \"until\": \"" + future() + "\", \"reason\": \"restating\"}")
                .andExpect(status().isCreated()));
        String district = id(post(STATISTICS, "/api/v1/silences", "{\"matchers\": [{\"name\": \"regionId\","
                + " \"value\": \"d1\"}], \"until\": \"" + future() + "\", \"reason\": \"district audit\"}")
                .andExpect(status().isCreated()));
        String global = id(post(STATISTICS, "/api/v1/silences", "{\"matchers\": [{\"name\": \"rule\","
                + " \"value\": \"RANK_DROP\"}], \"until\": \"" + future() + "\", \"reason\": \"rank review\"}")
                .andExpect(status().isCreated()));

        listed(STATISTICS).andExpect(jsonPath("$[*].id", hasItems(townB, district, global)));
        listed(OFFICIAL_D1).andExpect(jsonPath("$[*].id", hasItems(townB, district)))
                .andExpect(jsonPath("$[*].id", not(hasItem(global))));
        listed(OFFICIAL_ZONE).andExpect(jsonPath("$[*].id", not(hasItem(townB))))
                .andExpect(jsonPath("$[*].id", not(hasItem(district))))
                .andExpect(jsonPath("$[*].id", not(hasItem(global))));
        listed(OFFICIAL_TOWN_A).andExpect(jsonPath("$[*].id", not(hasItem(district)))); // d1 is above ta
    }

    private ResultActions listed(String token) throws Exception {
        return mvc.perform(get("/api/v1/silences").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isOk());
    }
}
