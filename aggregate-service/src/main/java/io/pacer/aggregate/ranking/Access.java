package io.pacer.aggregate.ranking;

import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.ReportingEntity;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

import org.springframework.stereotype.Component;

/**
 * Who may read what. STATISTICS: everything. OFFICIAL: the figures of its regions' subtrees, and the rankings
 * whose parent lies in them or in which one of its regions appears. REPORTER: the rankings and figures in which
 * its own entities' regions appear (its town among its district's towns, its district among the city's …), but
 * not other units' figures (contributors).
 */
@Component
class Access {

    private final ReferenceBook book;

    Access(ReferenceBook book) {
        this.book = book;
    }

    void checkRanking(PacerPrincipal who, String parent) {
        boolean allowed = switch (who.role()) {
            case STATISTICS -> true;
            case OFFICIAL -> who.regionIds().stream().anyMatch(r -> book.within(parent, r) || isChildOf(r, parent));
            case REPORTER -> reporterRegions(who).stream().anyMatch(r -> !r.equals(parent) && book.within(r, parent));
        };
        if (!allowed) {
            throw ApiProblemException.forbidden("parent", "this token may not read the ranking of " + parent);
        }
    }

    void checkFigure(PacerPrincipal who, String region) {
        boolean allowed = switch (who.role()) {
            case STATISTICS -> true;
            case OFFICIAL -> who.regionIds().stream()
                    .anyMatch(r -> book.within(region, r) || isChildOf(r, parentOf(region)));
            case REPORTER -> reporterRegions(who).stream().anyMatch(r -> book.within(r, region)
                    || parentOf(region) != null && !r.equals(parentOf(region)) && book.within(r, parentOf(region)));
        };
        if (!allowed) {
            throw ApiProblemException.forbidden("region", "this token may not read the figures of " + region);
        }
    }

    void checkContributors(PacerPrincipal who, String region) {
        boolean allowed = switch (who.role()) {
            case STATISTICS -> true;
            case OFFICIAL -> who.regionIds().stream().anyMatch(r -> book.within(region, r));
            case REPORTER -> false;
        };
        if (!allowed) {
            throw ApiProblemException.forbidden("region", "this token may not read the units behind " + region);
        }
    }

    private String parentOf(String region) {
        return book.region(region) == null ? null : book.region(region).parentId();
    }

    private boolean isChildOf(String region, String parent) {
        return parent != null && book.region(region) != null && parent.equals(book.region(region).parentId());
    }

    private java.util.Set<String> reporterRegions(PacerPrincipal who) {
        java.util.Set<String> regions = new java.util.HashSet<>();
        for (String entityId : who.entityIds()) {
            ReportingEntity entity = book.entity(entityId);
            if (entity != null) {
                regions.add(entity.regionId());
            }
        }
        return regions;
    }
}
