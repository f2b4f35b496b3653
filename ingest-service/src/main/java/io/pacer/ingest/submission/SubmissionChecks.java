package io.pacer.ingest.submission;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.pacer.events.ReportingEntity;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.FieldIssue;
import org.springframework.stereotype.Component;

/**
 * What a submission must pass before it may reach the ledger, whichever way it came in (HTTP, the Kafka inbox):
 * only the entity's own reporter may submit for it (403), no figure Pacer derives itself (409, {@link
 * DerivedIndicators}: the project counts), and every rule of {@link SubmissionRules} (422). Each
 * check returns every issue it finds, each naming its field; an empty list means passed.
 */
@Component
public class SubmissionChecks {

    private final RegisterStore registers;
    private final DerivedIndicators derivedIndicators;
    private final IngestProperties properties;
    private final Clock clock;

    SubmissionChecks(RegisterStore registers, DerivedIndicators derivedIndicators, IngestProperties properties,
            Clock clock) {
        this.registers = registers;
        this.derivedIndicators = derivedIndicators;
        this.properties = properties;
        this.clock = clock;
    }

    /** The 403 issues of one submission sent as a whole JSON document (fields named from its root). */
    public List<FieldIssue> forbidden(SubmissionRequest submission, PacerPrincipal principal) {
        return forbidden(List.of(SubmissionService.Located.root(submission)), principal);
    }

    /** The 409 issues of one submission sent as a whole JSON document (fields named from its root). */
    public List<FieldIssue> derived(SubmissionRequest submission) {
        return derived(List.of(SubmissionService.Located.root(submission)));
    }

    /** The 422 issues of one submission sent as a whole JSON document (fields named from its root). */
    public List<FieldIssue> violations(SubmissionRequest submission) {
        return violations(List.of(SubmissionService.Located.root(submission)));
    }

    /** Entities that exist but that {@code principal} does not report for. */
    List<FieldIssue> forbidden(List<SubmissionService.Located> items, PacerPrincipal principal) {
        List<FieldIssue> forbidden = new ArrayList<>();
        for (SubmissionService.Located item : items) {
            String entityId = item.submission().entityId();
            // Entity ids are no secret (any token reads the registers): an unknown one is a 422, not a 403.
            if (entityId != null && registers.entity(entityId).isPresent() && !principal.reportsFor(entityId)) {
                forbidden.add(new FieldIssue(item.at().field("entityId"),
                        "this token does not report for entity " + Inputs.quote(entityId)));
            }
        }
        return forbidden;
    }

    /** Figures of an indicator whose figures in the entity's region Pacer derives (the project counts). */
    List<FieldIssue> derived(List<SubmissionService.Located> items) {
        List<FieldIssue> conflicts = new ArrayList<>();
        for (SubmissionService.Located item : items) {
            SubmissionRequest s = item.submission();
            ReportingEntity entity = s.entityId() == null ? null : registers.entity(s.entityId()).orElse(null);
            for (int i = 0; entity != null && s.figures() != null && i < s.figures().size(); i++) {
                String indicator = s.figures().get(i) == null ? null : s.figures().get(i).indicator();
                String field = item.at().figure(i, "indicator");
                derivedIndicators.derivedFrom(entity.regionId(), indicator).ifPresent(from -> conflicts.add(
                        new FieldIssue(field, Inputs.quote(indicator) + " of region " + Inputs.quote(entity.regionId())
                                + " is counted from " + from + ", not submitted by hand")));
            }
        }
        return conflicts;
    }

    /** Every rule violation of every item. */
    List<FieldIssue> violations(List<SubmissionService.Located> items) {
        SubmissionRules.Window window = window();
        List<FieldIssue> issues = new ArrayList<>();
        items.forEach(item -> issues.addAll(SubmissionRules.check(item.submission(), item.at(), registers, window)));
        return issues;
    }

    SubmissionRules.Window window() {
        YearMonth now = YearMonth.now(clock.withZone(properties.zone()));
        return new SubmissionRules.Window(YearMonth.of(now.getYear() - properties.periodYearsBack(), 1),
                now.plusMonths(properties.periodMonthsAhead()), properties.zone().getId());
    }
}
