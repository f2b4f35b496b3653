package io.pacer.ingest.project;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Basis;
import io.pacer.events.Indicator;
import io.pacer.events.Period;
import io.pacer.events.ProjectRecord;
import io.pacer.events.Region;
import io.pacer.events.SubmissionRecord;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.ledger.LedgerPublisher;
import io.pacer.ingest.register.RegisterStore;
import org.springframework.stereotype.Component;

/**
 * Publishes the project counts ({@link ProjectCounts}) on the ledger as the figures of the region's derived entity
 * ({@link DerivedEntity}): every month from January of the year of the region's earliest {@code signedOn} (at the
 * oldest, the first year a submission may be for) to the last month that has ended (the current month is counted
 * once it is over, as units report theirs: a month in progress would move every rule's "latest month" ahead of the
 * units' figures, and the schedule would expect the month's share too early), through the same transactional publisher
 * as submissions, with warnings empty and {@code late} false (nobody reported it late). Only months whose value or
 * prior-year value differ from what the ledger holds are published; what it holds is kept in memory
 * ({@link PublishedCounts}), read at a region's first recount since start from what ingest recorded of the ledger.
 * A failure (Kafka away) is logged; the next recount (the clock's, every {@code pacer.ingest.projects-refresh})
 * publishes what is still missing. Recounts are serialised.
 */
@Component
class DerivedLedger {

    private static final Logger log = LoggerFactory.getLogger(DerivedLedger.class);

    private final ProjectBook book;
    private final RegisterStore registers;
    private final DerivedEntity entities;
    private final PublishedCounts published;
    private final LedgerPublisher ledger;
    private final IngestProperties properties;
    private final Clock clock;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    DerivedLedger(ProjectBook book, RegisterStore registers, DerivedEntity entities, PublishedCounts published,
            LedgerPublisher ledger, IngestProperties properties, Clock clock) {
        this.book = book;
        this.registers = registers;
        this.entities = entities;
        this.published = published;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    /** Recounts every region that has projects or had counts published since start. */
    synchronized void refreshAll() {
        Set<String> regions = new TreeSet<>(book.regions());
        regions.addAll(published.regions());
        refresh(regions);
    }

    /** Recounts the regions and publishes what changed; never throws (a failed region waits for the next one). */
    synchronized void refresh(Collection<String> regionIds) {
        if (!book.ready()) {
            return;
        }
        for (String regionId : regionIds) {
            try {
                refreshRegion(regionId);
            }
            catch (RuntimeException e) {
                log.warn("project counts of region {} not published yet (retried on the next recount): {}", regionId,
                        e.toString());
            }
        }
    }

    private void refreshRegion(String regionId) {
        Optional<Region> region = registers.region(regionId);
        if (region.isEmpty()) {
            warnOnce("region:" + regionId, "region {} of a project is not in the register (yet); its counts wait",
                    regionId);
            return;
        }
        List<Indicator> indicators = indicators();
        List<ProjectRecord> projects = book.inRegion(regionId);
        String entityId = DerivedEntity.idOf(regionId);
        entities.ensure(region.get(), projects.isEmpty() ? List.of() : indicators.stream().map(Indicator::code).toList());
        if (indicators.isEmpty()) {
            return;
        }
        YearMonth now = YearMonth.now(clock.withZone(properties.zone()));
        YearMonth through = now.minusMonths(1);
        int oldest = now.getYear() - properties.periodYearsBack();
        Map<String, PublishedCounts.Value> held = published.of(entityId, oldest, through);
        int first = Math.min(ProjectCounts.firstYear(projects).orElse(Integer.MAX_VALUE),
                PublishedCounts.firstYear(held).orElse(Integer.MAX_VALUE));
        if (first == Integer.MAX_VALUE) {
            return;
        }
        List<ProjectCounts.Figure> figures = ProjectCounts.figures(projects,
                indicators.stream().map(Indicator::code).toList(), Math.max(first, oldest), through);
        List<ProjectCounts.Figure> changed = figures.stream()
                .filter(f -> !PublishedCounts.Value.of(f).equals(held.get(PublishedCounts.key(f)))).toList();
        if (changed.isEmpty()) {
            return;
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ledger.publishSubmissions(records(region.get(), entityId, changed, indicators, at));
        published.put(entityId, changed);
        log.info("published {} project counts of region {} ({} to {})", changed.size(), regionId,
                changed.get(0).period(), changed.get(changed.size() - 1).period());
    }

    /** The project indicators the register has, CUMULATIVE; any other is skipped (and said once). */
    private List<Indicator> indicators() {
        List<Indicator> found = new ArrayList<>();
        for (String code : ProjectCounts.INDICATORS) {
            Optional<Indicator> indicator = registers.indicator(code);
            if (indicator.isEmpty()) {
                warnOnce("indicator:" + code, "indicator {} is not registered: its project count is not derived", code);
            }
            else if (indicator.get().basis() != Basis.CUMULATIVE) {
                warnOnce("basis:" + code, "indicator {} is {}, not CUMULATIVE: its project count is not derived", code,
                        indicator.get().basis());
            }
            else {
                found.add(indicator.get());
            }
        }
        return found;
    }

    private static List<SubmissionRecord> records(Region region, String entityId, List<ProjectCounts.Figure> figures,
            List<Indicator> indicators, Instant at) {
        Map<Period, String> submissionIds = new HashMap<>();
        Map<String, Basis> basis = new HashMap<>();
        indicators.forEach(i -> basis.put(i.code(), i.basis()));
        List<SubmissionRecord> records = new ArrayList<>(figures.size());
        for (ProjectCounts.Figure f : figures) {
            String id = submissionIds.computeIfAbsent(f.period(), p -> UUID.randomUUID().toString());
            records.add(new SubmissionRecord(id, entityId, region.id(), region.parentId(), f.indicator(),
                    basis.get(f.indicator()), f.period().toString(), f.value(), f.priorYearValue(), at, List.of(),
                    false));
        }
        return records;
    }

    private void warnOnce(String what, String message, Object... args) {
        if (warned.add(what)) {
            log.warn(message, args);
        }
    }
}
