package io.pacer.alert.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.BatchListenerFailedException;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.lifecycle.AlertStore;
import io.pacer.alert.position.Incoming;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.Period;

/**
 * A figure event that can't be judged (hostile numbers, missing fields, not JSON) stops its poll there: what came
 * before it is judged, and it is handed to the error handler alone, by its index, to be dead-lettered.
 */
class UnreadableFigureTest extends ServiceTest {

    @Autowired
    FigureIntake intake;
    @Autowired
    FigureBook book;
    @Autowired
    TargetBook targets;
    @Autowired
    AlertStore alerts;

    private static byte[] json(String ytd, String period) {
        return ("{\"schemaVersion\":1,\"regionId\":\"gxq\",\"parentId\":\"d1\",\"indicator\":\"projects_completed\","
                + "\"period\":\"" + period + "\",\"ytd\":" + ytd + ",\"priorYtd\":null,\"growthPct\":null,"
                + "\"sharePct\":null,\"reported\":1,\"expected\":1,\"rank\":null,\"rankChange\":null}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aHostileFigureIsHandedOverAloneAndWhatCameBeforeItIsJudged() {
        targets.save(Target.of(2031, "gxq", "projects_completed", new BigDecimal("12"), null, null, null, null));
        for (String hostile : List.of("1E-100000000", "0E-100000000", "1E+40", "1.0000001")) {
            List<Incoming> poll = List.of(new Incoming(0, 1, json("7", "2031-09")),
                    new Incoming(0, 2, json(hostile, "2031-10")), new Incoming(0, 3, json("9", "2031-11")));

            assertThatThrownBy(() -> intake.apply(poll)).as(hostile)
                    .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                        assertThat(e.getIndex()).isEqualTo(1);
                        assertThat(e.getCause()).isInstanceOf(PoisonRecordException.class)
                                .hasMessageContaining("ytd");
                    });
        }
        assertThat(book.figure("gxq", "projects_completed", Period.parse("2031-10"))).isNull();
        assertThat(book.figure("gxq", "projects_completed", Period.parse("2031-11"))).isNull();
        assertThat(alerts.search(Filters.and(Filters.eq("year", 2031), Filters.eq("rule", "PROGRESS_LAG"))))
                .singleElement()
                .satisfies(a -> assertThat(a.period()).isEqualTo(Period.parse("2031-09")));
    }

    @Test
    void notJsonAndMissingFieldsAreUnreadableToo() {
        for (String bad : List.of("not json", "{\"schemaVersion\":1,\"indicator\":\"x\",\"period\":\"2031-01\"}")) {
            List<Incoming> poll = List.of(new Incoming(0, 7, bad.getBytes(StandardCharsets.UTF_8)));

            assertThatThrownBy(() -> intake.apply(poll)).as(bad)
                    .isInstanceOfSatisfying(BatchListenerFailedException.class,
                            e -> assertThat(e.getIndex()).isZero());
        }
    }
}
