package io.pacer.alert.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.target.Curve;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.AlertEvent;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Indicator;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.Role;
import io.pacer.events.Severity;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.events.TransitionKind;

/** The function beans: figures and reference in, transitions out on pacer.alerts. */
class AlertStreamsTest extends ServiceTest {

    @Autowired
    TargetBook targets;

    @Test
    void aLaggingFigureFiresOnceAndACatchUpResolvesOnceWhateverIsRedelivered() {
        targets.save(Target.of(2026, "gxq", "projects_completed", new BigDecimal("12"), null, Curve.LINEAR, null,
                null));

        sendFigure("gxq", "2026-09", "7", 1);
        Message<byte[]> firedMessage = output.receive(Duration.ofMillis(500).toMillis(), Topics.ALERTS);
        List<AlertEvent> alsoFired = published(); // FORECAST_MISS: 9.3 of 12 forecast
        sendFigure("gxq", "2026-09", "7", 1); // redelivered
        List<AlertEvent> afterRedelivery = published();
        sendFigure("gxq", "2026-09", "9", 2); // caught up: 75 % by September
        List<AlertEvent> resolved = published();
        sendFigure("gxq", "2026-09", "9", 2);
        List<AlertEvent> afterSecondRedelivery = published();

        AlertEvent fired = PacerJson.read(firedMessage.getPayload(), AlertEvent.class);
        assertThat(firedMessage.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("gxq".getBytes(StandardCharsets.UTF_8));
        assertThat(fired.transition()).isEqualTo(TransitionKind.FIRING);
        assertThat(fired.rule()).isEqualTo(AlertRule.PROGRESS_LAG);
        assertThat(fired.severity()).isEqualTo(Severity.YELLOW);
        assertThat(fired.period()).isEqualTo("2026-09");
        assertThat(alsoFired).extracting(AlertEvent::rule).containsExactly(AlertRule.FORECAST_MISS);
        assertThat(afterRedelivery).as("redelivery notifies nobody").isEmpty();
        assertThat(resolved).hasSize(2).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(e.sequence()).isEqualTo(2);
        });
        assertThat(afterSecondRedelivery).isEmpty();
    }

    private static FigureEvent growthRanked(String region, String period, double growth, int rank) {
        return new FigureEvent(region, "d1", "projects_completed", period, BigDecimal.TEN, BigDecimal.TEN, growth,
                null, 1, 1, new Ranks(rank, rank, null), Ranks.NONE);
    }

    @Test
    void aSiblingsNewRankMovesTheBottomAlert() {
        targets.save(Target.of(2024, "tb", "projects_completed", null, new BigDecimal("-50"), null, null, null));

        sendFigure(growthRanked("gxq", "2024-05", 30, 1));
        sendFigure(growthRanked("ta", "2024-05", 20, 2));
        sendFigure(growthRanked("tb", "2024-05", 10, 3));
        List<AlertEvent> bottom = published();
        sendFigure(growthRanked("gxq", "2024-05", 5, 3));
        sendFigure(growthRanked("ta", "2024-05", 20, 2));
        sendFigure(growthRanked("tb", "2024-05", 25, 1));
        List<AlertEvent> lifted = published();

        assertThat(bottom).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo(AlertRule.RANK_BOTTOM);
            assertThat(e.severity()).isEqualTo(Severity.YELLOW);
            assertThat(e.rank()).isEqualTo(3);
        });
        assertThat(lifted).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo(AlertRule.RANK_BOTTOM);
            assertThat(e.state()).isEqualTo(AlertState.RESOLVED);
        });
    }

    @Test
    void aReRankingArrivingOneSiblingAtATimeRaisesNoPassingAlert() {
        targets.save(Target.of(2017, "ta", "projects_completed", null, new BigDecimal("-50"), null, null, null));
        sendFigure(growthRanked("gxq", "2017-05", 5, 3));
        sendFigure(growthRanked("ta", "2017-05", 20, 2));
        sendFigure(growthRanked("tb", "2017-05", 30, 1));
        List<AlertEvent> before = published();

        // the ranking turns round; until tb's figure arrives the stored ranks read gxq 1, ta 2, tb 1
        sendFigure(growthRanked("gxq", "2017-05", 40, 1));
        sendFigure(growthRanked("ta", "2017-05", 20, 2));
        sendFigure(growthRanked("tb", "2017-05", 2, 3));

        assertThat(before).isEmpty();
        assertThat(published()).as("ta was never last").isEmpty();
    }

    @Test
    void anIndicatorArrivingLateEvaluatesTheTargetsWaitingForIt() {
        targets.save(Target.of(2023, "gxq", "late_indicator", new BigDecimal("100"), null, null, null, null));
        sendFigure(new FigureEvent("gxq", "d1", "late_indicator", "2023-06", BigDecimal.ONE, null, null, null, 1, 1,
                Ranks.NONE, Ranks.NONE));
        List<AlertEvent> beforeIndicator = published();

        sendReference(new Indicator("late_indicator", "迟到指标", "Late", "个",
                Basis.CUMULATIVE, Better.HIGHER, null, true));

        assertThat(beforeIndicator).as("nothing is judged before the indicator is known").isEmpty();
        assertThat(published()).allSatisfy(e -> assertThat(e.severity()).isEqualTo(Severity.RED))
                .extracting(AlertEvent::rule).containsExactlyInAnyOrder(AlertRule.PROGRESS_LAG,
                        AlertRule.FORECAST_MISS);
    }

    @Test
    void tokensFromTheReferenceTopicAuthenticate() {
        sendReference(new TokenRecord("ab".repeat(32), Role.OFFICIAL, null, List.of("d1"), false,
                Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(tokens.find("ab".repeat(32))).isPresent();
    }
}
