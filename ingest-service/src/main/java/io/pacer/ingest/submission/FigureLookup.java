package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.util.Optional;

/** The entity's figure accepted last for (entity, indicator, period), as the warnings compare against it. */
interface FigureLookup {

    record Recorded(BigDecimal value, BigDecimal priorYearValue) {
    }

    Optional<Recorded> figure(String entityId, String indicator, String period);
}
