package io.pacer.alert.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.pacer.alert.Reference;
import io.pacer.alert.target.Curve;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetStore;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertState;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Role;
import io.pacer.events.Severity;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.events.TransitionKind;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenDirectory;

/** The function beans on the test binder, against the real MongoDB-wire server. */
@SpringBootTest
@Import(TestChannelBinderConfiguration.class)
class AlertStreamsTest {

    private static final String YEAR_TARGET_REGION = "gxq";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
        registry.add("pacer.mongo.database", () -> SharedMongo.uniqueDatabase("alert_streams"));
    }

    @Autowired
    InputDestination input;
    @Autowired
    OutputDestination output;
    @Autowired
    TargetStore targets;
    @Autowired
    TokenDirectory tokens;

    @BeforeEach
    void registers() {
        Reference.all().forEach(this::sendReference);
        output.clear();
    }

    private void sendReference(Object record) {
        input.send(MessageBuilder.withPayload(PacerJson.write(record))
                .setHeader(KafkaHeaders.RECEIVED_KEY, ReferenceKeys.of(record).getBytes(StandardCharsets.UTF_8))
                .build(), Topics.REFERENCE);
    }

    private void sendFigure(String region, String period, String ytd, int reported) {
        FigureEvent event = new FigureEvent(region, "d1", Reference.PROJECTS_COMPLETED.code(), period,
                new BigDecimal(ytd), null, null, null, reported, 1, Ranks.NONE, Ranks.NONE);
        input.send(MessageBuilder.withPayload(PacerJson.write(event)).build(), Topics.FIGURES);
    }

    private AlertEvent nextAlert() {
        Message<byte[]> message = output.receive(Duration.ofMillis(500).toMillis(), Topics.ALERTS);
        if (message == null) {
            return null;
        }
        assertThat(message.getHeaders().get(KafkaHeaders.KEY)).isEqualTo(
                YEAR_TARGET_REGION.getBytes(StandardCharsets.UTF_8));
        return PacerJson.read(message.getPayload(), AlertEvent.class);
    }

    @Test
    void aLaggingFigureFiresOnceAndACatchUpResolvesOnce() {
        targets.save(Target.of(2026, YEAR_TARGET_REGION, "projects_completed", new BigDecimal("12"), null,
                Curve.LINEAR, null, null));

        sendFigure(YEAR_TARGET_REGION, "2026-09", "7", 1);
        AlertEvent fired = nextAlert();
        sendFigure(YEAR_TARGET_REGION, "2026-09", "7", 1); // redelivered
        AlertEvent repeat = nextAlert();
        sendFigure(YEAR_TARGET_REGION, "2026-09", "9", 2); // caught up
        AlertEvent resolved = nextAlert();
        sendFigure(YEAR_TARGET_REGION, "2026-09", "9", 2);
        AlertEvent resolvedRepeat = nextAlert();

        assertThat(fired.transition()).isEqualTo(TransitionKind.FIRING);
        assertThat(fired.severity()).isEqualTo(Severity.YELLOW);
        assertThat(fired.period()).isEqualTo("2026-09");
        assertThat(repeat).as("redelivery notifies nobody").isNull();
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.sequence()).isEqualTo(2);
        assertThat(resolvedRepeat).isNull();
    }

    @Test
    void tokensFromTheReferenceTopicAuthenticate() {
        sendReference(new TokenRecord("ab".repeat(32), Role.OFFICIAL, null, List.of("d1"), false,
                Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(tokens.find("ab".repeat(32))).isPresent();
    }
}
