package io.pacer.ingest.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.pacer.events.ProjectCategory;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.register.RegisterView;
import io.pacer.ingest.submission.Values;
import io.pacer.support.web.FieldIssue;

/**
 * The rules of a project: id at most 64 characters without control characters; name required, at most 200; the
 * region registered and a leaf (a TOWN or a DISTRICT without towns: counts are figures of a reporting entity,
 * which hangs only on a leaf); category one of the enum; {@code investmentWan} required, ≥ 0, within ±1e15 with at
 * most 6 decimals (the rule of submitted values); {@code aboveYi} and {@code independentSite} required, and aboveYi
 * true exactly when investmentWan ≥ 10,000 万元 (1亿元); {@code signedOn} required; every date {@code YYYY-MM-DD},
 * none after {@code today} (Asia/Shanghai), in the order signed ≤ pile ≤ started ≤ completed (each compared with the
 * nearest earlier date that is set); a completed project must have started ({@code completedOn} needs
 * {@code startedOn}), while a start without a recorded pile is allowed.
 */
final class ProjectRules {

    static final int MAX_NAME = 200;
    static final BigDecimal YI_IN_WAN = new BigDecimal("10000");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The request's dates, parsed (null where absent or invalid). */
    record Dates(LocalDate signedOn, LocalDate pileOn, LocalDate startedOn, LocalDate completedOn) {
    }

    private ProjectRules() {
    }

    static List<FieldIssue> check(String id, ProjectRequest p, RegisterView registers, LocalDate today) {
        List<FieldIssue> issues = new ArrayList<>();
        if (id == null || id.isBlank()) {
            issues.add(new FieldIssue("id", "is required"));
        }
        else if (Inputs.idProblem(id) != null) {
            issues.add(new FieldIssue("id", Inputs.idProblem(id)));
        }
        if (p.name() == null || p.name().isBlank()) {
            issues.add(new FieldIssue("name", "is required"));
        }
        else if (p.name().length() > MAX_NAME) {
            issues.add(new FieldIssue("name", "must be at most " + MAX_NAME + " characters, was " + p.name().length()));
        }
        region(p.regionId(), registers, issues);
        if (p.category() == null) {
            issues.add(new FieldIssue("category", "is required: one of " + Arrays.toString(ProjectCategory.values())));
        }
        else if (category(p.category()) == null) {
            issues.add(new FieldIssue("category", "must be one of " + Arrays.toString(ProjectCategory.values())
                    + ", was " + Inputs.quote(p.category())));
        }
        investment(p, issues);
        if (p.independentSite() == null) {
            issues.add(new FieldIssue("independentSite", "is required: true or false"));
        }
        dates(p, today, issues);
        return issues;
    }

    private static void region(String regionId, RegisterView registers, List<FieldIssue> issues) {
        if (regionId == null || regionId.isBlank()) {
            issues.add(new FieldIssue("regionId", "is required"));
            return;
        }
        if (Inputs.idProblem(regionId) != null) {
            issues.add(new FieldIssue("regionId", Inputs.idProblem(regionId)));
            return;
        }
        Optional<Region> region = registers.region(regionId);
        if (region.isEmpty()) {
            issues.add(new FieldIssue("regionId", "unknown region " + Inputs.quote(regionId)));
        }
        else if (region.get().level() == RegionLevel.CITY || registers.hasChildRegions(regionId)) {
            issues.add(new FieldIssue("regionId", "region " + Inputs.quote(regionId) + " is not a leaf region: a"
                    + " project belongs to a town, street or zone (a region without child regions, not a CITY)"));
        }
    }

    private static void investment(ProjectRequest p, List<FieldIssue> issues) {
        BigDecimal wan = p.investmentWan();
        String problem = wan == null ? "is required: a JSON number of 万元" : Values.problem(wan);
        if (problem == null && wan.signum() < 0) {
            problem = "must not be negative, was " + Values.shown(wan);
        }
        if (problem != null) {
            issues.add(new FieldIssue("investmentWan", problem));
        }
        if (p.aboveYi() == null) {
            issues.add(new FieldIssue("aboveYi", "is required: true or false"));
        }
        else if (problem == null && p.aboveYi() != (wan.compareTo(YI_IN_WAN) >= 0)) {
            issues.add(new FieldIssue("aboveYi", "must be " + !p.aboveYi() + " for an investment of "
                    + Values.shown(wan) + " 万元: a project is above 1亿元 from 10000 万元"));
        }
    }

    private static void dates(ProjectRequest p, LocalDate today, List<FieldIssue> issues) {
        String[] fields = { "signedOn", "pileOn", "startedOn", "completedOn" };
        String[] texts = { p.signedOn(), p.pileOn(), p.startedOn(), p.completedOn() };
        LocalDate[] days = new LocalDate[4];
        boolean[] bad = new boolean[4];
        if (texts[0] == null || texts[0].isBlank()) {
            issues.add(new FieldIssue("signedOn", "is required (YYYY-MM-DD)"));
        }
        for (int k = 0; k < 4; k++) {
            if (texts[k] == null || texts[k].isBlank()) {
                continue;
            }
            days[k] = date(texts[k]);
            if (days[k] == null) {
                bad[k] = true;
                issues.add(new FieldIssue(fields[k], "must be a date YYYY-MM-DD, was " + Inputs.quote(texts[k])));
            }
            else if (days[k].isAfter(today)) {
                issues.add(new FieldIssue(fields[k], days[k] + " is in the future: today is " + today
                        + " (Asia/Shanghai)"));
            }
        }
        for (int k = 1; k < 4; k++) {
            int before = k - 1;
            while (before >= 0 && days[before] == null) {
                before--;
            }
            if (days[k] != null && before >= 0 && days[k].isBefore(days[before])) {
                issues.add(new FieldIssue(fields[k], "must not be before " + fields[before] + " (" + days[before]
                        + "), was " + days[k]));
            }
        }
        if (texts[3] != null && !texts[3].isBlank() && (texts[2] == null || texts[2].isBlank()) && !bad[3]) {
            issues.add(new FieldIssue("startedOn", "is required when completedOn is set: a project completes only"
                    + " after it started"));
        }
    }

    static LocalDate date(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    static ProjectCategory category(String text) {
        return Arrays.stream(ProjectCategory.values()).filter(c -> c.name().equals(text)).findFirst().orElse(null);
    }
}
