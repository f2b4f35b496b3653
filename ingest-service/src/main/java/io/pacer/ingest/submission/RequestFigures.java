package io.pacer.ingest.submission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.pacer.events.Period;

/**
 * The earlier figures one request's warnings compare with: those accepted earlier in the same request (a batch may
 * hold the previous month, or the same key twice), else the stored ones. Every stored figure a rule may ask for (the
 * previous month, the prior year and the same period of each figure) is read up front, so a request costs one
 * query however many figures it holds.
 */
final class RequestFigures implements FigureLookup {

    private final Map<String, Recorded> earlierInRequest = new HashMap<>();
    private final Map<String, Recorded> stored;

    RequestFigures(List<SubmissionService.Located> items, LatestFigures figures) {
        this.stored = figures.find(comparedKeys(items));
    }

    /** A figure of this request, which later figures of the same request compare with. */
    void accepted(String entityId, String indicator, String period, Recorded figure) {
        earlierInRequest.put(LatestFigures.key(entityId, indicator, period), figure);
    }

    @Override
    public Optional<Recorded> figure(String entityId, String indicator, String period) {
        String key = LatestFigures.key(entityId, indicator, period);
        Recorded earlier = earlierInRequest.get(key);
        return Optional.ofNullable(earlier != null ? earlier : stored.get(key));
    }

    static Set<String> comparedKeys(List<SubmissionService.Located> items) {
        Set<String> keys = new HashSet<>();
        for (SubmissionService.Located item : items) {
            SubmissionRequest s = item.submission();
            Period period = Period.parse(s.period());
            String previous = period.previous().toString();
            String priorYear = period.priorYear().toString();
            for (SubmissionRequest.Figure f : s.figures()) {
                keys.add(LatestFigures.key(s.entityId(), f.indicator(), previous));
                keys.add(LatestFigures.key(s.entityId(), f.indicator(), priorYear));
                keys.add(LatestFigures.key(s.entityId(), f.indicator(), s.period()));
            }
        }
        return keys;
    }
}
