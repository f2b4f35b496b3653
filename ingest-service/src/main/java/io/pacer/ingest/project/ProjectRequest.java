package io.pacer.ingest.project;

import java.math.BigDecimal;

/**
 * The body of {@code PUT /api/v1/projects/{id}}. Dates ({@code YYYY-MM-DD}) and the category are strings here so a
 * malformed one is a 422 naming its field, like every other rule; {@code id} may be left out (the path has it).
 */
record ProjectRequest(String id, String name, String regionId, String category, BigDecimal investmentWan,
        Boolean aboveYi, Boolean independentSite, String signedOn, String pileOn, String startedOn,
        String completedOn) {
}
