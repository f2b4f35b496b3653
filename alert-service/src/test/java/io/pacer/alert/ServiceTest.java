package io.pacer.alert;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.pacer.alert.missing.SubmissionIntake;
import io.pacer.events.AlertEvent;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;

/**
 * The whole service on the test binder and the real MongoDB-wire server: one Spring context shared by every
 * subclass (same configuration), so each test uses its own year or region to stay independent.
 */
// the MISSING_REPORT clock stays out of the way: tests call it when they mean to
// readings are flushed when a test (or the API) asks, not on the 2 s clock, so what a test reads from MongoDB is decided
// the SSE feed reads a channel of its own (FEED): the test binder's OutputDestination captures pacer.alerts only
// if it is that channel's first subscriber
@SpringBootTest(properties = { "pacer.alert.reference-wait=300ms", "pacer.alert.missing-report.initial-delay=1h",
        "pacer.alert.reading-flush-interval=1h",
        "spring.cloud.stream.bindings.alertFeed-in-0.destination=" + ServiceTest.FEED })
@Import(TestChannelBinderConfiguration.class)
@AutoConfigureMockMvc
@TestPropertySource(properties = "pacer.alert.webhooks.allow-private=true") // receivers listen on 127.0.0.1
public abstract class ServiceTest {

    /** What {@code pacer.alerts} brings the SSE feed on the test binder. */
    public static final String FEED = "pacer.alerts.feed";
    public static final String STATISTICS = "statistics-token";
    public static final String OFFICIAL_D1 = "official-d1-token";
    public static final String OFFICIAL_ZONE = "official-zone-token";
    public static final String OFFICIAL_TOWN_A = "official-ta-token";
    public static final String REPORTER = "reporter-token";
    /** The offsets of the test binder's pacer.reference: one context serves every subclass, so one counter. */
    private static final AtomicLong REFERENCE_OFFSETS = new AtomicLong();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
        registry.add("pacer.mongo.database", () -> "alert_service_test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SharedSmtp::port);
    }

    @Autowired
    protected InputDestination input;
    @Autowired
    protected OutputDestination output;
    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected TokenDirectory tokens;
    @Autowired
    private SubmissionIntake ledger;

    @BeforeEach
    void registersAndTokens() {
        Reference.all().forEach(this::sendReference);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(STATISTICS), Role.STATISTICS, null, null, false, at));
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(OFFICIAL_D1), Role.OFFICIAL, null, List.of("d1"), false,
                at));
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(OFFICIAL_ZONE), Role.OFFICIAL, null, List.of("gxq"),
                false, at));
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(OFFICIAL_TOWN_A), Role.OFFICIAL, null, List.of("ta"),
                false, at));
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(REPORTER), Role.REPORTER, List.of("e1"), null, false,
                at));
        // the test binder assigns no partitions: this context owns the whole ledger, as a lone instance on Kafka
        ledger.owned(Set.of(0), 1);
        output.clear();
    }

    /** Sends a register or token record as Kafka would bring it: with its key and the next offset of the topic. */
    protected void sendReference(Object record) {
        input.send(MessageBuilder.withPayload(PacerJson.write(record))
                .setHeader(KafkaHeaders.RECEIVED_KEY, ReferenceKeys.of(record).getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.OFFSET, REFERENCE_OFFSETS.incrementAndGet())
                .build(), Topics.REFERENCE);
    }

    /** A figure of projects_completed for a child of d1. */
    protected void sendFigure(String region, String period, String ytd, int reported) {
        sendFigure(new FigureEvent(region, "d1", Reference.PROJECTS_COMPLETED.code(), period, new BigDecimal(ytd),
                null, null, null, reported, 1, Ranks.NONE, Ranks.NONE));
    }

    protected void sendFigure(FigureEvent event) {
        input.send(MessageBuilder.withPayload(PacerJson.write(event)).build(), Topics.FIGURES);
    }

    /** The transitions published so far (waiting briefly for the first). */
    protected List<AlertEvent> published() {
        List<AlertEvent> events = new ArrayList<>();
        Message<byte[]> message = output.receive(Duration.ofMillis(300).toMillis(), Topics.ALERTS);
        while (message != null) {
            events.add(PacerJson.read(message.getPayload(), AlertEvent.class));
            message = output.receive(0, Topics.ALERTS);
        }
        return events;
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
