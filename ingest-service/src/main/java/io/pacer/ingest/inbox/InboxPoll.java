package io.pacer.ingest.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.InboxRejection;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.submission.LedgerRecords;
import io.pacer.ingest.submission.SubmissionChecks;
import io.pacer.ingest.submission.SubmissionRequest;
import io.pacer.support.web.FieldIssue;

/**
 * Decides what becomes of every record of one poll, in order: {@link InboxScreen} (key, size, token, role, JSON),
 * the reporter's own entity (403), the key ({@link InboxKeys}: duplicate, or 409), the submission rules (422);
 * then builds the ledger records of the accepted ones as the HTTP path does. Nothing is written here. A record
 * that makes a check fail unexpectedly is rejected with 500 (and logged) rather than holding the inbox up; MongoDB
 * failures (reading keys and figures) are thrown, for the poll to be tried again.
 */
final class InboxPoll {

    private static final Logger log = LoggerFactory.getLogger(InboxPoll.class);

    /** What the poll's transaction writes, and what is remembered after it committed. */
    record Plan(LedgerRecords.Built ledger, List<InboxRejection> rejections, List<InboxKeyStore.Entry> keys,
            int duplicates) {
    }

    private record Candidate(ConsumerRecord<String, byte[]> record, SubmissionRequest submission, String id,
            String hash) {
    }

    private final InboxScreen screen;
    private final SubmissionChecks checks;
    private final LedgerRecords ledgerRecords;
    private final InboxKeyStore keyStore;

    InboxPoll(InboxScreen screen, SubmissionChecks checks, LedgerRecords ledgerRecords, InboxKeyStore keyStore) {
        this.screen = screen;
        this.checks = checks;
        this.ledgerRecords = ledgerRecords;
        this.keyStore = keyStore;
    }

    Plan plan(List<ConsumerRecord<String, byte[]>> records, Instant acceptedAt) {
        List<InboxRejection> rejections = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Rejection rejection = guarded(record, () -> firstChecks(record, candidates));
            if (rejection != null) {
                reject(record, rejection, rejections);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        candidates.stream().filter(c -> c.id() != null).forEach(c -> ids.add(c.id()));
        InboxKeys keys = new InboxKeys(keyStore.find(ids));
        List<SubmissionRequest> accepted = new ArrayList<>();
        List<String> submissionIds = new ArrayList<>();
        List<InboxKeyStore.Entry> remembered = new ArrayList<>();
        int duplicates = 0;
        for (Candidate c : candidates) {
            InboxKeys.Decision decision = c.id() == null ? InboxKeys.Decision.NEW : keys.decide(c.id(), c.hash());
            if (decision == InboxKeys.Decision.DUPLICATE) {
                duplicates++;
                log.info("inbox record {}-{}@{} (key {}) is a duplicate of an accepted one: counted once",
                        c.record().topic(), c.record().partition(), c.record().offset(), Inputs.quote(c.record().key()));
                continue;
            }
            Rejection rejection = decision == InboxKeys.Decision.CONFLICT ? conflict(c)
                    : guarded(c.record(), () -> violations(c.submission()));
            if (rejection != null) {
                reject(c.record(), rejection, rejections);
                continue;
            }
            keys.accepted(c.id(), c.hash());
            String submissionId = InboxKeys.submissionId(c.id());
            accepted.add(c.submission());
            submissionIds.add(submissionId);
            remembered.add(new InboxKeyStore.Entry(c.id(), c.hash(), submissionId, c.record().partition(),
                    c.record().offset(), acceptedAt));
        }
        LedgerRecords.Built built = ledgerRecords.build(accepted, submissionIds, acceptedAt);
        return new Plan(built, rejections, remembered, duplicates);
    }

    /** Screen and ownership; a passing record joins {@code candidates}. */
    private Rejection firstChecks(ConsumerRecord<String, byte[]> record, List<Candidate> candidates) {
        InboxScreen.Screened screened = screen.screen(record);
        if (screened.rejection() != null) {
            return screened.rejection();
        }
        SubmissionRequest s = screened.submission();
        List<FieldIssue> forbidden = checks.forbidden(s, screened.principal());
        if (!forbidden.isEmpty()) {
            return new Rejection(403, forbidden);
        }
        List<FieldIssue> derived = checks.derived(s);
        if (!derived.isEmpty()) {
            return new Rejection(409, derived);
        }
        boolean scoped = s.entityId() != null && !s.entityId().isBlank();
        candidates.add(new Candidate(record, s, scoped ? InboxKeys.id(s.entityId(), record.key()) : null,
                InboxKeys.contentHash(s)));
        return null;
    }

    private Rejection violations(SubmissionRequest s) {
        List<FieldIssue> issues = checks.violations(s);
        return issues.isEmpty() ? null : new Rejection(422, issues);
    }

    private static Rejection conflict(Candidate c) {
        return Rejection.of(409, Rejection.KEY, "key " + Inputs.quote(c.record().key())
                + " was accepted before for entity " + Inputs.quote(c.submission().entityId())
                + " with other content (submission " + InboxKeys.submissionId(c.id())
                + "); send a correction under a new key");
    }

    private static Rejection guarded(ConsumerRecord<String, byte[]> record, Supplier<Rejection> check) {
        try {
            return check.get();
        }
        catch (RuntimeException e) {
            log.error("inbox record {}-{}@{} could not be checked; rejected with 500", record.topic(),
                    record.partition(), record.offset(), e);
            return Rejection.of(500, null, "the record could not be processed; it has been logged");
        }
    }

    private static void reject(ConsumerRecord<String, byte[]> record, Rejection rejection,
            List<InboxRejection> rejections) {
        log.info("inbox record {}-{}@{} (key {}) rejected with {}: {}", record.topic(), record.partition(),
                record.offset(), Inputs.quote(record.key()), rejection.status(), rejection.errors().stream()
                        .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        rejections.add(rejection.event(record.key(), record.partition(), record.offset()));
    }
}
