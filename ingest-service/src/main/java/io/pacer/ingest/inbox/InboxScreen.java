package io.pacer.ingest.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

import io.pacer.events.Role;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.submission.SubmissionRequest;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.web.FieldIssue;
import io.pacer.support.web.StrictJson;

/**
 * The checks an HTTP request passes before its submission is looked at, in the same order and with the same
 * statuses, applied to one inbox record: an idempotency key (400, field {@code key}), the body size limit (413),
 * a known, unrevoked token in header {@code pacer-token} (401), the REPORTER role (403), and a body the strict
 * request mapper reads as one submission (400, the same field and message as HTTP).
 */
final class InboxScreen {

    /** The longest idempotency key: it is stored, and quoted in messages. */
    static final int MAX_KEY = 128;

    /** A record that passed (submission and principal set) or its rejection. */
    record Screened(Rejection rejection, SubmissionRequest submission, PacerPrincipal principal) {

        static Screened rejected(Rejection rejection) {
            return new Screened(rejection, null, null);
        }
    }

    private final TokenDirectory tokens;
    private final ObjectReader reader;
    private final long maxBodyBytes;

    InboxScreen(TokenDirectory tokens, ObjectReader strictSubmissionReader, long maxBodyBytes) {
        this.tokens = tokens;
        this.reader = strictSubmissionReader;
        this.maxBodyBytes = maxBodyBytes;
    }

    Screened screen(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        if (key == null || key.isBlank()) {
            return Screened.rejected(Rejection.of(400, Rejection.KEY,
                    "is required: the record key is the sender's idempotency key"));
        }
        if (key.length() > MAX_KEY || key.chars().anyMatch(Character::isISOControl)) {
            return Screened.rejected(Rejection.of(400, Rejection.KEY, "must be at most " + MAX_KEY
                    + " characters without control characters, was " + Inputs.quote(key)));
        }
        byte[] value = record.value();
        if (value != null && value.length > maxBodyBytes) {
            return Screened.rejected(Rejection.of(413, "body", "the request body is larger than " + maxBodyBytes
                    + " bytes"));
        }
        Optional<String> token = token(record);
        if (token.isEmpty()) {
            return Screened.rejected(Rejection.of(401, Rejection.TOKEN_HEADER,
                    "a token is required: the raw token in record header " + Rejection.TOKEN_HEADER));
        }
        Optional<PacerPrincipal> principal = tokens.authenticate(token.get());
        if (principal.isEmpty()) {
            return Screened.rejected(Rejection.of(401, Rejection.TOKEN_HEADER, "the token is unknown or revoked"));
        }
        if (!principal.get().is(Role.REPORTER)) {
            return Screened.rejected(Rejection.of(403, Rejection.TOKEN_HEADER, "this token's role may not do this"));
        }
        SubmissionRequest submission;
        try {
            submission = value == null || value.length == 0 ? null : reader.readValue(value);
        }
        catch (JacksonException e) {
            return Screened.rejected(new Rejection(400, List.of(StrictJson.issue(e))));
        }
        if (submission == null) {
            return Screened.rejected(new Rejection(400, List.of(new FieldIssue("body", "is required"))));
        }
        return new Screened(null, submission, principal.get());
    }

    private static Optional<String> token(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(Rejection.TOKEN_HEADER);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        String token = new String(header.value(), StandardCharsets.UTF_8).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
