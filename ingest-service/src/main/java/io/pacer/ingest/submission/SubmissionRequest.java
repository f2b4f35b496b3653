package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.util.List;

/** {@code {entityId, period, figures[{indicator, value, priorYearValue?}], note?}}, as posted. */
public record SubmissionRequest(String entityId, String period, List<Figure> figures, String note) {

    public record Figure(String indicator, BigDecimal value, BigDecimal priorYearValue) {
    }
}
