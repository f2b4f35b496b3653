package io.pacer.demo.data;

import java.math.BigDecimal;
import java.util.List;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.RegionLevel;

/**
 * The demo's documents, shaped exactly like the request bodies of the REST contract (ingest and alert read bodies
 * strictly: an unknown field such as {@code schemaVersion} would be a 400).
 */
public final class Docs {

    private Docs() {
    }

    public record RegionDoc(String id, String name, String nameEn, String parentId, RegionLevel level) {
    }

    public record IndicatorDoc(String code, String name, String nameEn, String unit, Basis basis, Better better,
            String shareOf, Boolean nonNegative) {
    }

    public record EntityDoc(String id, String name, EntityType type, String regionId, List<String> indicators) {
    }

    /** {@code POST /api/v1/reference}. */
    public record ReferenceDoc(List<RegionDoc> regions, List<IndicatorDoc> indicators, List<EntityDoc> entities) {
    }

    public record FigureDoc(String indicator, BigDecimal value, BigDecimal priorYearValue) {
    }

    public record SubmissionDoc(String entityId, String period, List<FigureDoc> figures, String note) {
    }

    /** The body of {@code PUT /api/v1/projects/{id}} (dates YYYY-MM-DD; null: not yet). */
    public record ProjectBody(String name, String regionId, String category, BigDecimal investmentWan,
            boolean aboveYi, boolean independentSite, String signedOn, String pileOn, String startedOn,
            String completedOn) {
    }

    public record ProjectDoc(String id, ProjectBody body) {

        public String path() {
            return "/api/v1/projects/" + id;
        }
    }

    /** The body of {@code PUT /api/v1/targets/{year}/{regionId}/{indicator}}: everything but the path's key. */
    public record TargetBody(BigDecimal annualTarget, BigDecimal growthTargetPct, String curve,
            BigDecimal yellowGapPts, BigDecimal redGapPts) {
    }

    public record TargetDoc(int year, String regionId, String indicator, TargetBody body) {

        public String path() {
            return "/api/v1/targets/" + year + "/" + regionId + "/" + indicator;
        }
    }
}
