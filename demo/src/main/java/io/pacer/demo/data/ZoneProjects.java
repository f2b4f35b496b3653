package io.pacer.demo.data;

import static io.pacer.demo.data.DemoIndicators.PROJECTS_COMPLETED;
import static io.pacer.demo.data.DemoIndicators.PROJECTS_SIGNED;
import static io.pacer.demo.data.DemoIndicators.PROJECTS_STARTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.demo.data.Docs.ProjectBody;
import io.pacer.demo.data.Docs.ProjectDoc;
import io.pacer.events.Period;

/**
 * The High-tech Zone's projects, registered in the project register ({@code PUT /api/v1/projects/{id}}) instead of
 * hand-submitted counts: dated so that the counts ingest derives from them are {@link ZoneFigures}' story (at D-02:
 * 16 signed, 8 industrial and 8 science-and-talent; 7 started; 0 completed; completions 2 of 12 behind schedule
 * later). Every project is above 1亿元 on an independent site. Month by month: the new signings fall on days 1–10
 * with a pile 10 days later, the new starts on days 20–27 (the earliest-signed project not yet started), the new
 * completions on day 28 (the earliest-started project that started in an earlier month). One project, the first
 * signed in November of D−1, never got its pile: SIGN_TO_PILE has something to show.
 */
final class ZoneProjects {

    private static final String[] CATEGORIES = { "INDUSTRIAL", "SCIENCE_TALENT" };

    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Period stalledMonth;
    private int seq;

    private static final class Project {
        final String id;
        final String category;
        final LocalDate signed;
        final LocalDate pile;
        LocalDate started;
        LocalDate completed;

        Project(String id, String category, LocalDate signed, LocalDate pile) {
            this.id = id;
            this.category = category;
            this.signed = signed;
            this.pile = pile;
        }
    }

    private ZoneProjects(DemoCalendar calendar) {
        this.stalledMonth = new Period(calendar.demoYear() - 1, 11);
    }

    static List<ProjectDoc> of(DemoCalendar calendar) {
        ZoneProjects zone = new ZoneProjects(calendar);
        for (Period month : calendar.months()) {
            zone.sign(month, delta(PROJECTS_SIGNED, month, calendar));
            zone.start(month, delta(PROJECTS_STARTED, month, calendar));
            zone.complete(month, delta(PROJECTS_COMPLETED, month, calendar));
        }
        return zone.projects.values().stream().map(ZoneProjects::doc).toList();
    }

    /** The story's new events of the month: its year-to-date less the month before's (none before January). */
    private static int delta(String indicator, Period month, DemoCalendar calendar) {
        int now = ZoneFigures.ytd(indicator, month.year(), month.month(), calendar.demoYear()).intValueExact();
        return month.month() == 1 ? now
                : now - ZoneFigures.ytd(indicator, month.year(), month.month() - 1, calendar.demoYear()).intValueExact();
    }

    private void sign(Period month, int count) {
        for (int k = 0; k < count; k++) {
            LocalDate signed = month.toYearMonth().atDay(1 + k % 10);
            boolean stalled = k == 0 && month.equals(stalledMonth);
            String id = String.format("hitech-%d-%03d", month.year(), ++seq);
            projects.put(id, new Project(id, CATEGORIES[seq % 2], signed, stalled ? null : signed.plusDays(10)));
        }
    }

    private void start(Period month, int count) {
        for (int k = 0; k < count; k++) {
            LocalDate day = month.toYearMonth().atDay(20 + k % 8);
            Project p = projects.values().stream().filter(x -> x.started == null && x.pile != null
                    && !x.signed.isAfter(day)).findFirst().orElseThrow(() -> new IllegalStateException(
                    "no signed project left to start in " + month));
            p.started = day;
        }
    }

    private void complete(Period month, int count) {
        LocalDate first = month.toYearMonth().atDay(1);
        for (int k = 0; k < count; k++) {
            Project p = projects.values().stream().filter(x -> x.started != null && x.completed == null
                    && x.started.isBefore(first)).findFirst().orElseThrow(() -> new IllegalStateException(
                    "no started project left to complete in " + month));
            p.completed = month.toYearMonth().atDay(28);
        }
    }

    private static ProjectDoc doc(Project p) {
        String name = (p.category.equals("INDUSTRIAL") ? "智能制造产业项目" : "科技人才项目") + p.id.substring(7);
        int wan = 12_000 + (p.id.hashCode() & 0x7fff) % 60_000;
        return new ProjectDoc(p.id, new ProjectBody(name, DemoCity.ZONE, p.category, java.math.BigDecimal.valueOf(wan),
                true, true, text(p.signed), text(p.pile), text(p.started), text(p.completed)));
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
