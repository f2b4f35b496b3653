package io.pacer.ingest.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Indicator;
import io.pacer.events.Period;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Warning;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.ledger.KafkaUnavailableException;
import io.pacer.ingest.ledger.LedgerPosition;
import io.pacer.ingest.ledger.LedgerPublisher;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Accepts the submissions of one request, all or nothing: the reporter's own entities only (403), every rule (422),
 * then one Kafka transaction in request order; 202 only after the commit, 503 with Retry-After if Kafka can't take
 * it in time. History is written to MongoDB after the commit; if that fails the ledger consumer fills it in.
 */
@Service
class SubmissionService {

    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    record Located(SubmissionRequest submission, Locator at) {
    }

    record Accepted(List<String> submissionIds, Instant acceptedAt, List<Warning> warnings) {
    }

    private final RegisterStore registers;
    private final HistoryStore history;
    private final LatestFigures figures;
    private final RequestPathWrites requestPathWrites;
    private final DerivedIndicators derived;
    private final LedgerPublisher ledger;
    private final IngestProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    SubmissionService(RegisterStore registers, HistoryStore history, LatestFigures figures,
            RequestPathWrites requestPathWrites, DerivedIndicators derived, LedgerPublisher ledger,
            IngestProperties properties, Clock clock, MeterRegistry meters) {
        this.registers = registers;
        this.history = history;
        this.figures = figures;
        this.requestPathWrites = requestPathWrites;
        this.derived = derived;
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
        List<FieldIssue> forbidden = new ArrayList<>();
        for (Located item : items) {
            String entityId = item.submission().entityId();
            // Entity ids are no secret (any token reads the registers): an unknown one is a 422 below, not a 403.
            if (entityId != null && registers.entity(entityId).isPresent() && !principal.reportsFor(entityId)) {
                forbidden.add(new FieldIssue(item.at().field("entityId"),
                        "this token does not report for entity " + Inputs.quote(entityId)));
            }
        }
        if (!forbidden.isEmpty()) {
            throw new ApiProblemException(HttpStatus.FORBIDDEN, "Forbidden", forbidden);
        }
        refuseDerived(items);
        SubmissionRules.Window window = window();
        List<FieldIssue> issues = new ArrayList<>();
        items.forEach(item -> issues.addAll(SubmissionRules.check(item.submission(), item.at(), registers, window)));
        if (!issues.isEmpty()) {
            throw ApiProblemException.unprocessable(issues);
        }
        return publish(items);
    }

    /** 409 for a figure of an indicator whose figures in the entity's region Pacer derives (the project counts). */
    private void refuseDerived(List<Located> items) {
        List<FieldIssue> conflicts = new ArrayList<>();
        for (Located item : items) {
            SubmissionRequest s = item.submission();
            ReportingEntity entity = s.entityId() == null ? null : registers.entity(s.entityId()).orElse(null);
            for (int i = 0; entity != null && s.figures() != null && i < s.figures().size(); i++) {
                String indicator = s.figures().get(i) == null ? null : s.figures().get(i).indicator();
                String field = item.at().figure(i, "indicator");
                derived.derivedFrom(entity.regionId(), indicator).ifPresent(from -> conflicts.add(new FieldIssue(field,
                        Inputs.quote(indicator) + " of region " + Inputs.quote(entity.regionId()) + " is counted from "
                        + from + ", not submitted by hand")));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ApiProblemException(HttpStatus.CONFLICT, "The figure is derived", conflicts);
        }
    }

    private Accepted publish(List<Located> items) {
        // Milliseconds: what MongoDB keeps, so the answer, the ledger and the history show the same instant.
        Instant acceptedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        RequestFigures lookup = new RequestFigures(items, figures);
        List<SubmissionRecord> records = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Warning> located = new ArrayList<>();
        for (Located item : items) {
            SubmissionRequest s = item.submission();
            ReportingEntity entity = registers.entity(s.entityId()).orElseThrow();
            Region region = registers.region(entity.regionId()).orElseThrow(() -> new IllegalStateException(
                    "entity " + entity.id() + " hangs on unknown region " + entity.regionId()));
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Period period = Period.parse(s.period());
            boolean late = properties.deadline().isLate(period, acceptedAt);
            for (int i = 0; i < s.figures().size(); i++) {
                SubmissionRequest.Figure f = s.figures().get(i);
                Indicator indicator = registers.indicator(f.indicator()).orElseThrow();
                List<Warning> warnings = WarningRules.check(entity.id(), indicator.code(), indicator.basis(), period,
                        f, i, lookup, properties.warningRatio());
                for (Warning w : warnings) {
                    String name = w.field().substring(w.field().indexOf('.') + 1);
                    located.add(new Warning(w.code(), item.at().figure(i, name), w.message()));
                }
                records.add(new SubmissionRecord(id, entity.id(), region.id(), region.parentId(), indicator.code(),
                        indicator.basis(), s.period(), f.value(), f.priorYearValue(), acceptedAt, warnings, late));
                notes.add(s.note());
                lookup.accepted(entity.id(), indicator.code(), s.period(),
                        new FigureLookup.Recorded(f.value(), f.priorYearValue()));
            }
        }
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
        recordHistory(records, positions, notes);
        return new Accepted(ids, acceptedAt, located);
    }

    private void recordHistory(List<SubmissionRecord> records, List<LedgerPosition> positions, List<String> notes) {
        List<Long> offsets = positions.stream().map(LedgerPosition::offset).toList();
        requestPathWrites.writing(positions);
        try {
            history.applyAll(records, offsets, notes);
            figures.write(records, offsets);
            requestPathWrites.written(positions);
        }
        catch (RuntimeException e) {
            requestPathWrites.failed(positions);
            // Committed to the ledger already: the answer stays 202 and the ledger consumer writes the history.
            meters.counter("pacer.history.write.failures").increment();
            log.error("history write failed after the ledger commit; the ledger consumer will apply it", e);
        }
    }

    SubmissionRules.Window window() {
        YearMonth now = YearMonth.now(clock.withZone(properties.zone()));
        return new SubmissionRules.Window(YearMonth.of(now.getYear() - properties.periodYearsBack(), 1),
                now.plusMonths(properties.periodMonthsAhead()), properties.zone().getId());
    }

    private void count(String outcome, int submissions) {
        meters.counter("pacer.submissions", "outcome", outcome).increment(Math.max(1, submissions));
    }
}
