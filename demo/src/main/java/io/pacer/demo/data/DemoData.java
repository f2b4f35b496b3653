package io.pacer.demo.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.demo.data.Docs.EntityDoc;
import io.pacer.demo.data.Docs.ProjectDoc;
import io.pacer.demo.data.Docs.ReferenceDoc;
import io.pacer.demo.data.Docs.SubmissionDoc;
import io.pacer.demo.data.Docs.TargetDoc;

/**
 * Everything the demo loads: the registers, each unit's submissions in chronological order, the targets of the
 * demo year, and the High-tech Zone's projects (whose counts ingest derives: the zone's bureau does not submit them). Generated from a seed and a date only, so the same inputs give the same demo.
 */
public record DemoData(long seed, DemoCalendar calendar, ReferenceDoc reference,
        Map<String, List<SubmissionDoc>> submissionsByEntity, List<TargetDoc> targets, List<ProjectDoc> projects) {

    /** The seed the launcher's demo uses. */
    public static final long DEFAULT_SEED = 20_260_225L;

    /** Units that have not yet reported the latest month (MISSING_REPORT has something to show). */
    public static final List<String> LATE_UNITS = List.of("nanhu-liuxi-e2", "nanhu-shiqiao-land", "nanhu-baisha-gov",
            "jiangbin-port-e1");

    /** The unit whose prior-year figures are restated (同口径) after taking over a subsidiary. */
    public static final String RESTATED_UNIT = "nanhu-edz-e1";

    public DemoData {
        submissionsByEntity = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(submissionsByEntity));
        targets = List.copyOf(targets);
        projects = List.copyOf(projects);
    }

    public static DemoData generate(long seed, DemoCalendar calendar) {
        DemoCity city = new DemoCity(seed);
        FigureGenerator figures = new FigureGenerator(seed, calendar.demoYear());
        Submissions submissions = new Submissions(figures, calendar);
        Map<String, List<SubmissionDoc>> byEntity = new LinkedHashMap<>();
        for (EntityDoc entity : city.entities()) {
            byEntity.put(entity.id(), submissions.of(entity));
        }
        ReferenceDoc reference = new ReferenceDoc(city.regions(), DemoIndicators.all(), city.entities());
        return new DemoData(seed, calendar, reference, byEntity,
                new DemoTargets(seed, calendar, city, figures).all(), ZoneProjects.of(calendar));
    }

    public int submissionCount() {
        return submissionsByEntity.values().stream().mapToInt(List::size).sum();
    }

    public int figureCount() {
        return submissionsByEntity.values().stream().flatMap(List::stream).mapToInt(s -> s.figures().size()).sum();
    }
}
