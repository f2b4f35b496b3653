package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.pacer.events.Indicator;
import io.pacer.events.Period;
import io.pacer.events.ReportingEntity;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.register.RegisterView;
import io.pacer.support.web.FieldIssue;

/** The submission rules of DESIGN.md: every issue of one submission, each naming its field. */
final class SubmissionRules {

    static final int MAX_NOTE = 2000;

    /** The accepted periods, inclusive. */
    record Window(YearMonth earliest, YearMonth latest, String zone) {
    }

    private SubmissionRules() {
    }

    static List<FieldIssue> check(SubmissionRequest s, Locator at, RegisterView registers, Window window) {
        List<FieldIssue> issues = new ArrayList<>();
        Optional<ReportingEntity> entity = Optional.empty();
        if (s.entityId() == null || s.entityId().isBlank()) {
            issues.add(new FieldIssue(at.field("entityId"), "is required"));
        }
        else if (Inputs.idProblem(s.entityId()) != null) {
            issues.add(new FieldIssue(at.field("entityId"), Inputs.idProblem(s.entityId())));
        }
        else {
            entity = registers.entity(s.entityId());
            if (entity.isEmpty()) {
                issues.add(new FieldIssue(at.field("entityId"), "unknown entity " + Inputs.quote(s.entityId())
                        + ": it must be registered before it reports"));
            }
        }
        period(s.period(), at.field("period"), window, issues);
        if (s.note() != null && s.note().length() > MAX_NOTE) {
            issues.add(new FieldIssue(at.field("note"), "must be at most " + MAX_NOTE + " characters, was "
                    + s.note().length()));
        }
        if (s.figures() == null || s.figures().isEmpty()) {
            issues.add(new FieldIssue(at.field("figures"), "must hold at least one figure"));
            return issues;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.figures().size(); i++) {
            SubmissionRequest.Figure f = s.figures().get(i);
            if (f == null) {
                issues.add(new FieldIssue(at.figure(i, "indicator"), "the figure is null"));
                continue;
            }
            Optional<Indicator> indicator = indicator(f.indicator(), i, at, entity, registers, seen, issues);
            boolean nonNegative = indicator.map(Indicator::nonNegative).orElse(false);
            value(f.value(), true, nonNegative, at.figure(i, "value"), issues);
            value(f.priorYearValue(), false, nonNegative, at.figure(i, "priorYearValue"), issues);
        }
        return issues;
    }

    static void period(String period, String field, Window window, List<FieldIssue> issues) {
        if (period == null || period.isBlank()) {
            issues.add(new FieldIssue(field, "is required (YYYY-MM)"));
            return;
        }
        if (!Period.isValid(period)) {
            issues.add(new FieldIssue(field, "must be YYYY-MM with a month 01-12, was " + Inputs.quote(period)));
            return;
        }
        YearMonth month = Period.parse(period).toYearMonth();
        if (month.isAfter(window.latest())) {
            issues.add(new FieldIssue(field, period + " is in the future: the latest accepted period is "
                    + window.latest() + " (" + window.zone() + ")"));
        }
        else if (month.isBefore(window.earliest())) {
            issues.add(new FieldIssue(field, period + " is older than the accepted window, which starts at "
                    + window.earliest()));
        }
    }

    private static Optional<Indicator> indicator(String code, int i, Locator at, Optional<ReportingEntity> entity,
            RegisterView registers, Set<String> seen, List<FieldIssue> issues) {
        String field = at.figure(i, "indicator");
        if (code == null || code.isBlank()) {
            issues.add(new FieldIssue(field, "is required"));
            return Optional.empty();
        }
        if (Inputs.idProblem(code) != null) {
            issues.add(new FieldIssue(field, Inputs.idProblem(code)));
            return Optional.empty();
        }
        if (!seen.add(code)) {
            issues.add(new FieldIssue(field, "indicator " + Inputs.quote(code)
                    + " appears more than once in this submission"));
        }
        Optional<Indicator> indicator = registers.indicator(code);
        if (indicator.isEmpty()) {
            issues.add(new FieldIssue(field, "unknown indicator " + Inputs.quote(code)));
        }
        else if (entity.isPresent() && !entity.get().indicators().contains(code)) {
            issues.add(new FieldIssue(field, "indicator " + Inputs.quote(code) + " is not assigned to entity "
                    + Inputs.quote(entity.get().id())));
        }
        return indicator;
    }

    static void value(BigDecimal value, boolean required, boolean nonNegative, String field, List<FieldIssue> issues) {
        if (value == null) {
            if (required) {
                issues.add(new FieldIssue(field, "is required: a finite JSON number"));
            }
            return;
        }
        String problem = Values.problem(value);
        if (problem != null) {
            issues.add(new FieldIssue(field, problem));
        }
        else if (nonNegative && value.signum() < 0) {
            issues.add(new FieldIssue(field, "must not be negative: the indicator is non-negative, was "
                    + Values.shown(value)));
        }
    }
}
