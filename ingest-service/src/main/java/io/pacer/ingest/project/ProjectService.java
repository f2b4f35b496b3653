package io.pacer.ingest.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.ProjectRecord;
import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.ledger.KafkaUnavailableException;
import io.pacer.ingest.ledger.LedgerPublisher;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.ingest.register.RegisterView;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Changes to the project register: who may (403), the rules (422), then the record on {@code pacer.projects}
 * (key = project id) and the answer only after Kafka acknowledged it (503 with Retry-After if it could not within
 * {@code pacer.ingest.kafka-timeout}; nothing changed). The book takes the record at the offset Kafka gave, and the
 * counts of the regions it touched are recounted and published before the answer.
 */
@Service
class ProjectService {

    private static final Logger log = LoggerFactory.getLogger(ProjectService.class);

    /** The project as stored; {@code created}: there was none under its id. */
    record Saved(ProjectView project, boolean created) {
    }

    private final ProjectBook book;
    private final RegisterStore registers;
    private final ProjectAccess access;
    private final LedgerPublisher publisher;
    private final DerivedLedger derived;
    private final IngestProperties properties;
    private final Clock clock;

    ProjectService(ProjectBook book, RegisterStore registers, ProjectAccess access, LedgerPublisher publisher,
            DerivedLedger derived, IngestProperties properties, Clock clock) {
        this.book = book;
        this.registers = registers;
        this.access = access;
        this.publisher = publisher;
        this.derived = derived;
        this.properties = properties;
        this.clock = clock;
    }

    /** A PUT's outcome before anything is written: the rules' issues, or (none) the record to store. */
    record Checked(List<FieldIssue> issues, ProjectRecord record) {
    }

    Saved put(String id, ProjectRequest body, PacerPrincipal principal) {
        ready();
        if (body.id() != null && !body.id().equals(id)) {
            throw ApiProblemException.unprocessable(List.of(new FieldIssue("id", Inputs.quote(body.id())
                    + " differs from the path's " + Inputs.quote(id))));
        }
        Optional<ProjectRecord> old = book.get(id);
        Checked checked = check(id, body, principal, registers);
        if (!checked.issues().isEmpty()) {
            throw ApiProblemException.unprocessable(checked.issues());
        }
        apply(id, checked.record());
        return new Saved(ProjectView.of(checked.record(), today()), old.isEmpty());
    }

    /**
     * What {@code PUT /api/v1/projects/{id}} would do, against {@code view} of the registers: 403 (thrown) when
     * {@code principal} may not write the stored project's region or the new one, then the rules' issues, else the
     * record. Nothing is written.
     */
    Checked check(String id, ProjectRequest body, PacerPrincipal principal, RegisterView view) {
        if (id != null) {
            book.get(id).ifPresent(o -> access.checkWrite(principal, o.regionId(), "id"));
        }
        access.checkWrite(principal, body.regionId(), "regionId");
        List<FieldIssue> issues = ProjectRules.check(id, body, view, today());
        if (!issues.isEmpty()) {
            return new Checked(issues, null);
        }
        return new Checked(List.of(), new ProjectRecord(id, body.name().strip(), body.regionId(),
                ProjectRules.category(body.category()), body.investmentWan(), body.aboveYi(), body.independentSite(),
                ProjectRules.date(body.signedOn()), ProjectRules.date(body.pileOn()),
                ProjectRules.date(body.startedOn()), ProjectRules.date(body.completedOn()),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    /**
     * Stores checked records as their PUTs would, one after another, then recounts the regions they touched once.
     * A Kafka failure is 503 saying the records before it were stored (sending them again changes nothing).
     */
    int putAll(List<ProjectRecord> records) {
        Set<String> regions = new HashSet<>();
        for (ProjectRecord record : records) {
            publish(record.id(), record, regions, records.size() > 1 ? "the records before project "
                    + Inputs.quote(record.id()) + " were stored; send them again" : "nothing was recorded, send it again");
        }
        derived.refresh(regions);
        return records.size();
    }

    /** Deletes a project (a tombstone on the topic); 404 for an unknown one. */
    void delete(String id, PacerPrincipal principal) {
        ready();
        ProjectRecord old = book.get(id).orElseThrow(() -> ApiProblemException.notFound("id",
                "unknown project " + Inputs.quote(id)));
        access.checkWrite(principal, old.regionId(), "id");
        apply(id, null);
    }

    private void apply(String id, ProjectRecord record) {
        Set<String> regions = new HashSet<>();
        publish(id, record, regions, "nothing was recorded, send it again");
        // also when the topic reader applied the record first: the answer waits for the counts either way
        derived.refresh(regions);
    }

    /** Publishes and applies one change, adding the regions it touches to {@code regions}. */
    private void publish(String id, ProjectRecord record, Set<String> regions, String stored) {
        long offset;
        try {
            offset = publisher.publishCompacted(Topics.PROJECTS, id, record);
        }
        catch (KafkaUnavailableException e) {
            log.warn("project change refused with 503: {}", e.getMessage());
            throw unavailable("Kafka did not take the change within " + properties.kafkaTimeout().toSeconds()
                    + " s; " + stored);
        }
        book.get(id).ifPresent(old -> regions.add(old.regionId()));
        if (record != null) {
            regions.add(record.regionId());
        }
        book.apply(id, record, offset);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** 503 until the book has read {@code pacer.projects} to its end: before that it may miss projects. */
    void ready() {
        if (!book.ready()) {
            throw unavailable("the project register is still being read from Kafka; try again shortly");
        }
    }

    private ApiProblemException unavailable(String message) {
        return new ApiProblemException(HttpStatus.SERVICE_UNAVAILABLE, "The project register is not available",
                List.of(new FieldIssue(null, message)),
                Map.of("Retry-After", String.valueOf(Math.max(1, properties.retryAfter().toSeconds()))));
    }
}
