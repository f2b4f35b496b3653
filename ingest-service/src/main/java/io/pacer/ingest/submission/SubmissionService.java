package io.pacer.ingest.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.SubmissionRecord;
import io.pacer.events.Warning;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.ledger.KafkaUnavailableException;
import io.pacer.ingest.ledger.LedgerPosition;
import io.pacer.ingest.ledger.LedgerPublisher;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Accepts the submissions of one request, all or nothing: the reporter's own entities only (403), every rule (422)
 * ({@link SubmissionChecks}), then one Kafka transaction in request order; 202 only after the commit, 503 with
 * Retry-After if Kafka can't take it in time. History is written to MongoDB after the commit; if that fails the
 * ledger consumer fills it in ({@link LedgerRecords}).
 */
@Service
class SubmissionService {

    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    record Located(SubmissionRequest submission, Locator at) {

        /** A submission that is a whole JSON document: its fields are named from the root. */
        static Located root(SubmissionRequest submission) {
            return new Located(submission, Locator.json(""));
        }
    }

    record Accepted(List<String> submissionIds, Instant acceptedAt, List<Warning> warnings) {
    }

    private final SubmissionChecks checks;
    private final LedgerRecords ledgerRecords;
    private final LedgerPublisher ledger;
    private final IngestProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    SubmissionService(SubmissionChecks checks, LedgerRecords ledgerRecords, LedgerPublisher ledger,
            IngestProperties properties, Clock clock, MeterRegistry meters) {
        this.checks = checks;
        this.ledgerRecords = ledgerRecords;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    Accepted accept(List<Located> items, PacerPrincipal principal) {
        try {
            Accepted accepted = acceptChecked(items, principal);
            count("accepted", items.size());
            return accepted;
        }
        catch (ApiProblemException e) {
            count(e.status() == HttpStatus.SERVICE_UNAVAILABLE ? "unavailable" : "rejected", items.size());
            throw e;
        }
    }

    private Accepted acceptChecked(List<Located> items, PacerPrincipal principal) {
        List<FieldIssue> forbidden = checks.forbidden(items, principal);
        if (!forbidden.isEmpty()) {
            throw new ApiProblemException(HttpStatus.FORBIDDEN, "Forbidden", forbidden);
        }
        List<FieldIssue> derived = checks.derived(items);
        if (!derived.isEmpty()) {
            throw new ApiProblemException(HttpStatus.CONFLICT, "The figure is derived", derived);
        }
        List<FieldIssue> issues = checks.violations(items);
        if (!issues.isEmpty()) {
            throw ApiProblemException.unprocessable(issues);
        }
        return publish(items);
    }

    private Accepted publish(List<Located> items) {
        // Milliseconds: what MongoDB keeps, so the answer, the ledger and the history show the same instant.
        Instant acceptedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<String> ids = new ArrayList<>(items.size());
        items.forEach(item -> ids.add(UUID.randomUUID().toString()));
        LedgerRecords.Built built = ledgerRecords.buildLocated(items, ids, acceptedAt);
        List<SubmissionRecord> records = built.records();
        List<LedgerPosition> positions;
        try {
            positions = ledger.publishSubmissions(records);
        }
        catch (KafkaUnavailableException e) {
            log.warn("submission refused with 503: {}", e.getMessage());
            throw new ApiProblemException(HttpStatus.SERVICE_UNAVAILABLE, "The ledger is not taking writes",
                    List.of(new FieldIssue(null, "Kafka did not take the submission within "
                            + properties.kafkaTimeout().toSeconds() + " s; nothing was recorded, send it again")),
                    Map.of("Retry-After", String.valueOf(Math.max(1, properties.retryAfter().toSeconds()))));
        }
        ledgerRecords.recordHistory(records, positions, built.notes());
        return new Accepted(ids, acceptedAt, built.warnings());
    }

    private void count(String outcome, int submissions) {
        meters.counter("pacer.submissions", "outcome", outcome).increment(Math.max(1, submissions));
    }
}
