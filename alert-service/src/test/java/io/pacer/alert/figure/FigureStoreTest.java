package io.pacer.alert.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.pacer.alert.rule.FigurePoint;
import io.pacer.alert.rule.RuleInput;
import io.pacer.events.FigureEvent;
import io.pacer.events.Period;
import io.pacer.events.Ranks;
import io.pacer.localstack.SharedMongo;

class FigureStoreTest {

    private static MongoClient client;
    private static MongoDatabase database;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedMongo.uri());
        database = client.getDatabase(SharedMongo.uniqueDatabase("figures"));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    static FigureEvent figure(String region, String period, String ytd, int reported, Integer growthRank,
            Integer rankChange) {
        return new FigureEvent(region, "d1", "fiscal_revenue", period, new BigDecimal(ytd), new BigDecimal("100"),
                12.5, 40.0, reported, 3, new Ranks(1, growthRank, 2), new Ranks(0, rankChange, null));
    }

    @Test
    void theLatestEventPerRegionIndicatorAndMonthWinsAndRedeliveryChangesNothing() {
        FigureStore store = new FigureStore(database);
        store.apply(figure("gxq", "2026-02", "24600", 2, 3, -1));
        store.apply(figure("gxq", "2026-02", "24600.10", 3, 2, 1));
        store.apply(figure("gxq", "2026-02", "24600.10", 3, 2, 1));

        FigurePoint point = store.figure("gxq", "fiscal_revenue", new Period(2026, 2));

        assertThat(point.ytd()).isEqualByComparingTo("24600.10");
        assertThat(point.reported()).isEqualTo(3);
        assertThat(point.growthRank()).isEqualTo(2);
        assertThat(point.growthRankChange()).isEqualTo(1);
        assertThat(point.growthPct()).isEqualTo(12.5);
        assertThat(point.parentId()).isEqualTo("d1");
        assertThat(store.children("d1", "fiscal_revenue", new Period(2026, 2))).hasSize(1);
    }

    @Test
    void answersTheRuleInputAsTheContractSays() {
        FigureStore store = new FigureStore(database);
        store.apply(figure("t1", "2025-06", "30", 1, 1, null));
        store.apply(figure("t1", "2025-12", "120", 1, 1, null));
        store.apply(figure("t1", "2026-05", "50", 2, 3, -2));
        store.apply(figure("t1", "2026-06", "50", 0, 3, 0));
        store.apply(figure("t2", "2026-05", "10", 1, 1, 0));
        store.apply(figure("t3", "2026-05", "10", 1, 2, 0));

        RuleInput input = RuleInput.assemble("t1", "fiscal_revenue", 2026, store);

        assertThat(input.month()).isEqualTo(new Period(2026, 5));
        assertThat(input.seasonal().usable()).isTrue();
        assertThat(input.seasonal().ytdAtMonth()).isNull();
        assertThat(input.seasonal().ytdDecember()).isEqualByComparingTo("120");
        assertThat(input.standing().last()).isTrue();
        assertThat(input.standing().rankedSiblings()).isEqualTo(3);
        assertThat(store.latestReportedMonth("t1", "fiscal_revenue", 2027)).isEmpty();
    }
}
