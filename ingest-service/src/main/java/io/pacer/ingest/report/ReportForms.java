package io.pacer.ingest.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pacer.events.Indicator;
import io.pacer.events.Period;
import io.pacer.events.ReportingDeadline;
import io.pacer.events.ReportingEntity;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.ingest.submission.EntityFigures;
import io.pacer.ingest.submission.EntityFigures.Reported;
import io.pacer.ingest.submission.HistoryAccess;
import io.pacer.support.security.PacerPrincipal;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ReportForm} of an entity and month, for whoever may read the entity's submissions (its reporter,
 * the statistics office, officials above it). The indicators are the entity's, in its register order; one the
 * register no longer knows is left out.
 */
@Component
public class ReportForms {

    private final RegisterStore registers;
    private final HistoryAccess access;
    private final EntityFigures figures;
    private final IngestProperties properties;
    private final Clock clock;

    ReportForms(RegisterStore registers, HistoryAccess access, EntityFigures figures, IngestProperties properties,
            Clock clock) {
        this.registers = registers;
        this.access = access;
        this.figures = figures;
        this.properties = properties;
        this.clock = clock;
    }

    /** The period a form opens on when none is asked for: last month in the service's zone. */
    public Period defaultPeriod() {
        return Period.of(java.time.YearMonth.now(clock.withZone(properties.zone())).minusMonths(1));
    }

    public ReportForm form(String entityId, Period period, PacerPrincipal principal) {
        ReportingEntity entity = access.readable(entityId, principal);
        List<Indicator> indicators = entity.indicators().stream()
                .map(registers::indicator).flatMap(java.util.Optional::stream).toList();
        Period lastYear = new Period(period.year() - 1, period.month());
        Map<String, Reported> found = figures.of(entityId, indicators.stream().map(Indicator::code).toList(),
                List.of(period, period.previous(), lastYear));
        List<ReportForm.Row> rows = new ArrayList<>();
        for (Indicator i : indicators) {
            Reported now = found.get(EntityFigures.key(i.code(), period));
            Reported before = found.get(EntityFigures.key(i.code(), period.previous()));
            Reported yearAgo = found.get(EntityFigures.key(i.code(), lastYear));
            boolean known = yearAgo != null && yearAgo.value() != null;
            rows.add(new ReportForm.Row(i.code(), i.name(), i.nameEn(), i.unit(), i.basis(),
                    before == null ? null : before.value(),
                    known ? yearAgo.value() : now == null ? null : now.priorYearValue(), known,
                    now == null ? null : now.value()));
        }
        ReportingDeadline deadline = properties.deadline();
        Instant due = deadline.of(period);
        String regionName = registers.region(entity.regionId()).map(r -> r.name()).orElse(entity.regionId());
        return new ReportForm(entity.id(), entity.name(), entity.regionId(), regionName, period.toString(), due,
                due.atZone(ReportingDeadline.ZONE).toLocalDate().minusDays(1), !clock.instant().isBefore(due),
                properties.warningRatio(), rows);
    }
}
