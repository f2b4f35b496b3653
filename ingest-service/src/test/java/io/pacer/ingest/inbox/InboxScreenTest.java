package io.pacer.ingest.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.ingest.submission.SubmissionRequest;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;
import io.pacer.support.web.FieldIssue;
import io.pacer.support.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

class InboxScreenTest {

    private static final String GOOD = "{\"entityId\":\"e1\",\"period\":\"2026-02\",\"figures\":[{\"indicator\":"
            + "\"fiscal_revenue\",\"value\":1}]}";

    private final TokenDirectory tokens = new TokenDirectory();
    private final InboxScreen screen = new InboxScreen(tokens,
            StrictJson.strict(JsonMapper.builder().build()).readerFor(SubmissionRequest.class), 200);

    InboxScreenTest() {
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex("reporter"), Role.REPORTER, List.of("e1"), List.of(),
                false, Instant.EPOCH));
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex("revoked"), Role.REPORTER, List.of("e1"), List.of(),
                true, Instant.EPOCH));
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex("official"), Role.OFFICIAL, List.of(), List.of("d1"),
                false, Instant.EPOCH));
    }

    private static ConsumerRecord<String, byte[]> record(String key, String token, String value) {
        RecordHeaders headers = new RecordHeaders();
        if (token != null) {
            headers.add("pacer-token", token.getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>("pacer.inbox", 0, 7L, -1L, TimestampType.CREATE_TIME, -1, -1, key,
                value == null ? null : value.getBytes(StandardCharsets.UTF_8), headers, java.util.Optional.empty());
    }

    private Rejection rejection(String key, String token, String value) {
        InboxScreen.Screened screened = screen.screen(record(key, token, value));
        assertThat(screened.rejection()).as("rejected").isNotNull();
        return screened.rejection();
    }

    @Test
    void aReporterTokenAndASubmissionPass() {
        InboxScreen.Screened screened = screen.screen(record("k", "reporter", GOOD));

        assertThat(screened.rejection()).isNull();
        assertThat(screened.submission().entityId()).isEqualTo("e1");
        assertThat(screened.principal().entityIds()).containsExactly("e1");
    }

    @Test
    void aRecordWithoutKeyIsA400NamingTheKey() {
        assertThat(rejection(null, "reporter", GOOD)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errors()).extracting(FieldIssue::field).containsExactly("key");
        });
        assertThat(rejection("x".repeat(129), "reporter", GOOD).errors().get(0).message())
                .contains("at most 128 characters");
    }

    @Test
    void aValueOverTheBodyLimitIsA413() {
        Rejection r = rejection("k", "reporter", "{\"note\":\"" + "x".repeat(300) + "\"}");

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.errors()).containsExactly(new FieldIssue("body", "the request body is larger than 200 bytes"));
    }

    @Test
    void aMissingUnknownOrRevokedTokenIsA401NamingTheHeader() {
        assertThat(rejection("k", null, GOOD).status()).isEqualTo(401);
        assertThat(rejection("k", "  ", GOOD).status()).isEqualTo(401);
        Rejection unknown = rejection("k", "nobody", GOOD);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.errors()).containsExactly(new FieldIssue("pacer-token", "the token is unknown or revoked"));
        assertThat(rejection("k", "revoked", GOOD).status()).isEqualTo(401);
    }

    @Test
    void aTokenThatIsNotAReportersIsA403() {
        Rejection r = rejection("k", "official", GOOD);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errors()).containsExactly(new FieldIssue("pacer-token", "this token's role may not do this"));
    }

    @Test
    void aValueThatIsNotJsonIsA400WithTheMessageHttpGives() {
        Rejection r = rejection("k", "reporter", "entity_id,period");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void aValueThatIsNotAnObjectAnUnknownFieldOrNothingIsA400() {
        assertThat(rejection("k", "reporter", "[1]").errors()).containsExactly(new FieldIssue("body",
                "must be an object"));
        assertThat(rejection("k", "reporter", "{\"entityId\":\"e1\",\"late\":true}").errors())
                .containsExactly(new FieldIssue("late", "unknown field 'late'"));
        assertThat(rejection("k", "reporter", "null").errors()).containsExactly(new FieldIssue("body", "is required"));
        assertThat(rejection("k", "reporter", null).errors()).containsExactly(new FieldIssue("body", "is required"));
    }
}
