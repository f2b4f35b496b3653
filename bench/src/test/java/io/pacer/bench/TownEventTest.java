package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;

class TownEventTest {

    @Test
    void readsTheMatchersFieldsOfAnEventAsTheAggregatePublishesIt() {
        FigureEvent event = new FigureEvent("t7", "d1", "fiscal_revenue", "2026-11", new BigDecimal("1234.50"),
                new BigDecimal("1000"), 23.45, 12.5, 41, 83, new Ranks(2, null, 5), new Ranks(-1, null, 0));

        assertThat(TownEvent.read(PacerJson.write(event)))
                .isEqualTo(new TownEvent("t7", "fiscal_revenue", "2026-11", 41));
    }

    @Test
    void skipsFieldsItDoesNotKnowWhereverTheyAre() {
        String json = "{\"rank\":{\"value\":1,\"nested\":[1,{\"regionId\":\"no\"}]},\"regionId\":\"t1\","
                + "\"extra\":[\"reported\"],\"indicator\":\"gdp\",\"period\":\"2026-10\",\"reported\":3}";

        assertThat(TownEvent.read(json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TownEvent("t1", "gdp", "2026-10", 3));
    }
}
