package io.pacer.alert.project;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import io.pacer.alert.lifecycle.Fingerprint;
import io.pacer.alert.rule.AlertValues;
import io.pacer.alert.rule.Verdict;
import io.pacer.events.AlertRule;
import io.pacer.events.Period;
import io.pacer.events.ProjectRecord;
import io.pacer.events.Severity;

/**
 * SIGN_TO_PILE (签约到打桩不超过90天): a project signed more than {@code limitDays} days before {@code today} (days in
 * Asia/Shanghai) with no {@code pileOn} is YELLOW, more than 1.5 × {@code limitDays} days RED; once it has a
 * {@code pileOn} it clears. One alert per project: the fingerprint is (rule, region, {@code projects_signed}, the
 * year of signing, project id). The alert's month is the month of signing.
 */
public final class SignToPileRule {

    /** The indicator the rule's alerts are filed under. */
    public static final String INDICATOR = "projects_signed";

    private SignToPileRule() {
    }

    public static Fingerprint fingerprint(ProjectRecord project) {
        return new Fingerprint(AlertRule.SIGN_TO_PILE, project.regionId(), INDICATOR, project.signedOn().getYear(),
                null, project.id());
    }

    public static Verdict evaluate(ProjectRecord project, LocalDate today, int limitDays) {
        Period month = Period.of(YearMonth.from(project.signedOn()));
        if (project.pileOn() != null) {
            return new Verdict.Clear(month, AlertValues.project(project.name(), null), "piled on " + project.pileOn());
        }
        long days = ChronoUnit.DAYS.between(project.signedOn(), today);
        AlertValues values = AlertValues.project(project.name(), (int) Math.max(0, days));
        String message = "signed " + project.signedOn() + ", " + days + " days ago, no pile yet";
        if (days * 2 > limitDays * 3L) {
            return new Verdict.Fire(Severity.RED, month, values, message);
        }
        if (days > limitDays) {
            return new Verdict.Fire(Severity.YELLOW, month, values, message);
        }
        return new Verdict.Clear(month, values, "signed " + days + " days ago, within " + limitDays + " days");
    }

    /** A project that is no longer in the register: its alert resolves, keeping what it last showed. */
    static Verdict removed() {
        return new Verdict.Clear(null, null, "no longer in the project register");
    }
}
