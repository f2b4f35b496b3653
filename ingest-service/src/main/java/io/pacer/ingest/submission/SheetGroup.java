package io.pacer.ingest.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows of one entity and period in a sheet of the CSV layout: one submission. */
final class SheetGroup {

    private final String entityId;
    private final String period;
    private final int firstRow;
    private final List<SubmissionRequest.Figure> figures = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();

    SheetGroup(String entityId, String period, int firstRow) {
        this.entityId = entityId;
        this.period = period;
        this.firstRow = firstRow;
    }

    void add(SubmissionRequest.Figure figure, int row) {
        figures.add(figure);
        rows.add(row);
    }

    SubmissionService.Located located() {
        Map<String, String> fields = Map.of("entityId", SheetLocator.at(firstRow, "entity_id"),
                "period", SheetLocator.at(firstRow, "period"), "figures", SheetLocator.at(firstRow, "value"));
        return new SubmissionService.Located(new SubmissionRequest(blankToNull(entityId), blankToNull(period),
                figures, null), new SheetLocator(fields, "indicator", rows));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
