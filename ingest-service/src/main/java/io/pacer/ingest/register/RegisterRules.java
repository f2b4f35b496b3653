package io.pacer.ingest.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.pacer.events.EntityType;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.register.RegisterRequests.EntityRequest;
import io.pacer.ingest.register.RegisterRequests.IndicatorRequest;
import io.pacer.ingest.register.RegisterRequests.RegionRequest;
import io.pacer.support.web.FieldIssue;

/** The register rules of DESIGN.md, checked against the registers as they would stand after the change. */
final class RegisterRules {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    static final Pattern INDICATOR_CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");
    private static final int MAX_NAME = 200;

    private RegisterRules() {
    }

    static List<FieldIssue> region(RegionRequest r, String at, RegisterView view) {
        List<FieldIssue> issues = new ArrayList<>();
        id(r.id(), at + "id", ID, issues);
        name(r.name(), at + "name", issues);
        if (r.level() == null) {
            issues.add(new FieldIssue(at + "level", "is required: one of CITY, DISTRICT, TOWN"));
            return issues;
        }
        boolean hasParent = r.parentId() != null && !r.parentId().isBlank();
        if (r.level() == RegionLevel.CITY) {
            if (hasParent) {
                issues.add(new FieldIssue(at + "parentId", "a CITY has no parent"));
            }
        }
        else if (!hasParent) {
            issues.add(new FieldIssue(at + "parentId", "is required for a " + r.level()));
        }
        else if (reference(r.parentId(), at + "parentId", issues)) {
            Optional<Region> parent = view.region(r.parentId());
            if (parent.isEmpty()) {
                unknown(at + "parentId", "region", r.parentId(), issues);
            }
            else if (!r.level().nestsUnder(parent.get().level())) {
                issues.add(new FieldIssue(at + "parentId", "a " + r.level() + " cannot hang under " + parent.get().id()
                        + ", a " + parent.get().level() + " (levels nest CITY > DISTRICT > TOWN)"));
            }
            else if (view.hasEntities(r.parentId())) {
                issues.add(new FieldIssue(at + "parentId", "region " + Inputs.quote(r.parentId())
                        + " has reporting entities, and entities hang only on leaf regions"));
            }
        }
        if (r.id() != null) {
            view.region(r.id()).filter(old -> old.level() != r.level()).ifPresent(old -> {
                if (view.hasChildRegions(r.id()) || view.hasEntities(r.id())) {
                    issues.add(new FieldIssue(at + "level", "cannot change from " + old.level()
                            + " while the region has child regions or entities"));
                }
            });
        }
        return issues;
    }

    static List<FieldIssue> indicator(IndicatorRequest i, String at, RegisterView view) {
        List<FieldIssue> issues = new ArrayList<>();
        if (i.code() == null || i.code().isBlank()) {
            issues.add(new FieldIssue(at + "code", "is required"));
        }
        else if (Inputs.idProblem(i.code()) != null) {
            issues.add(new FieldIssue(at + "code", Inputs.idProblem(i.code())));
        }
        else if (!INDICATOR_CODE.matcher(i.code()).matches()) {
            issues.add(new FieldIssue(at + "code", "must match [a-z][a-z0-9_]{1,63}, was " + Inputs.quote(i.code())));
        }
        name(i.name(), at + "name", issues);
        if (i.unit() == null || i.unit().isBlank()) {
            issues.add(new FieldIssue(at + "unit", "is required"));
        }
        if (i.basis() == null) {
            issues.add(new FieldIssue(at + "basis", "is required: one of MONTHLY, CUMULATIVE, STOCK"));
        }
        if (i.shareOf() != null) {
            if (i.shareOf().equals(i.code())) {
                issues.add(new FieldIssue(at + "shareOf", "an indicator cannot be a share of itself"));
            }
            else if (reference(i.shareOf(), at + "shareOf", issues) && view.indicator(i.shareOf()).isEmpty()) {
                unknown(at + "shareOf", "indicator", i.shareOf(), issues);
            }
        }
        return issues;
    }

    static List<FieldIssue> entity(EntityRequest e, String at, RegisterView view) {
        List<FieldIssue> issues = new ArrayList<>();
        id(e.id(), at + "id", ID, issues);
        name(e.name(), at + "name", issues);
        if (e.type() == null) {
            issues.add(new FieldIssue(at + "type", "is required: one of ENTERPRISE, DEPARTMENT"));
        }
        else if (e.type() == EntityType.DERIVED) {
            issues.add(new FieldIssue(at + "type", "DERIVED entities are registered by ingest itself (the project"
                    + " register's counts); a unit registered here is ENTERPRISE or DEPARTMENT"));
        }
        if (e.regionId() == null || e.regionId().isBlank()) {
            issues.add(new FieldIssue(at + "regionId", "is required"));
        }
        else if (reference(e.regionId(), at + "regionId", issues)) {
            Optional<Region> region = view.region(e.regionId());
            if (region.isEmpty()) {
                unknown(at + "regionId", "region", e.regionId(), issues);
            }
            else if (region.get().level() == RegionLevel.CITY) {
                issues.add(new FieldIssue(at + "regionId", "an entity cannot hang on a CITY: its figures are ranked"
                        + " among the region's siblings"));
            }
            else if (view.hasChildRegions(e.regionId())) {
                issues.add(new FieldIssue(at + "regionId", "region " + Inputs.quote(e.regionId())
                        + " has child regions; entities hang only on leaf regions"));
            }
        }
        if (e.indicators() == null || e.indicators().isEmpty()) {
            issues.add(new FieldIssue(at + "indicators", "must list at least one indicator"));
            return issues;
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < e.indicators().size(); k++) {
            String code = e.indicators().get(k);
            String field = at + "indicators[" + k + "]";
            if (code != null && !reference(code, field, issues)) {
                continue;
            }
            if (code == null || view.indicator(code).isEmpty()) {
                unknown(field, "indicator", code, issues);
            }
            else if (!seen.add(code)) {
                issues.add(new FieldIssue(field, "indicator " + Inputs.quote(code) + " is listed more than once"));
            }
        }
        return issues;
    }

    private static void id(String id, String field, Pattern pattern, List<FieldIssue> issues) {
        if (id == null || id.isBlank()) {
            issues.add(new FieldIssue(field, "is required"));
        }
        else if (Inputs.idProblem(id) != null) {
            issues.add(new FieldIssue(field, Inputs.idProblem(id)));
        }
        else if (!pattern.matcher(id).matches()) {
            issues.add(new FieldIssue(field, "must be 1-64 letters, digits, '_', '.' or '-', was " + Inputs.quote(id)));
        }
    }

    /** Whether a reference to an id could name one at all; if not, the issue says why. */
    private static boolean reference(String id, String field, List<FieldIssue> issues) {
        String problem = Inputs.idProblem(id);
        if (problem != null) {
            issues.add(new FieldIssue(field, problem));
        }
        return problem == null;
    }

    private static void unknown(String field, String kind, String id, List<FieldIssue> issues) {
        issues.add(new FieldIssue(field, "unknown " + kind + " " + Inputs.quote(id)));
    }

    private static void name(String name, String field, List<FieldIssue> issues) {
        if (name == null || name.isBlank()) {
            issues.add(new FieldIssue(field, "is required"));
        }
        else if (name.length() > MAX_NAME) {
            issues.add(new FieldIssue(field, "must be at most " + MAX_NAME + " characters"));
        }
    }
}
