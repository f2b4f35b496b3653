package io.pacer.alert.missing;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;
import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.lifecycle.Fingerprint;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.rule.Verdict;
import io.pacer.events.AlertRule;
import io.pacer.events.Period;
import io.pacer.events.ReportingEntity;

/**
 * Checks MISSING_REPORT for every registered entity and indicator it lists, on a clock (DESIGN.md: hourly, and
 * after start-up), and again for the firing ones among the entities and indicators of each ledger poll, so an
 * alert resolves when the figure arrives. Not limited to regions with targets. Everything is judged in one batch
 * per check. The clock judges only the entities whose ledger partition this instance owns: with several
 * instances in the ledger's consumer group, each entity is judged by exactly one, and after a rebalance by its
 * new owner, on the alerts as MongoDB holds them (so what is firing already fires on, without a new transition).
 */
@Component
public class MissingReports {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(MissingReports.class);
    private static final Duration RESTORE_WAIT = Duration.ofMinutes(10);

    private final ReportBook reports;
    private final ReferenceData reference;
    private final AlertEvaluator evaluator;
    private final Clock clock;
    private final int deadlineDay;

    MissingReports(ReportBook reports, ReferenceData reference, AlertEvaluator evaluator, Clock clock,
            AlertProperties properties) {
        this.reports = reports;
        this.reference = reference;
        this.evaluator = evaluator;
        this.clock = clock;
        this.deadlineDay = properties.missingReport().deadlineDay();
    }

    @Scheduled(fixedDelayString = "${pacer.alert.missing-report.interval:1h}",
            initialDelayString = "${pacer.alert.missing-report.initial-delay:2m}")
    void onClock() {
        try {
            awaitRestored();
            checkAll();
        } catch (RuntimeException e) {
            log.warn("MISSING_REPORT check failed, will retry on the next run: {}", e.toString());
        }
    }

    public void checkAll() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(SHANGHAI));
        Period lastDue = MissingReportRule.lastDue(now, deadlineDay);
        Map<Fingerprint, Verdict> verdicts = new LinkedHashMap<>();
        for (ReportingEntity entity : reference.entities()) {
            if (!reports.owns(entity.id(), reference.parentOf(entity.regionId()))) {
                continue;
            }
            for (String indicator : entity.indicators()) {
                verdict(entity, indicator, now.getYear(), lastDue, verdicts);
            }
        }
        evaluator.judge(verdicts);
    }

    /**
     * Figures arrived for these (entity, indicator, year): re-checks each whose alert is firing, so it resolves (or
     * names fewer months) at once. Firing is the clock's alone: judged per ledger poll, a backlog read month by
     * month (a start, a city's history at once) would fire an alert for every unit and resolve it a poll later.
     */
    void recheck(Iterable<ReportKey> keys) {
        Period lastDue = MissingReportRule.lastDue(ZonedDateTime.now(clock.withZone(SHANGHAI)), deadlineDay);
        Map<Fingerprint, Verdict> verdicts = new LinkedHashMap<>();
        for (ReportKey key : keys) {
            reference.entity(key.entityId()).filter(e -> e.indicators().contains(key.indicator()))
                    .filter(e -> evaluator.firing(fingerprint(e, key.indicator(), key.year()).id()))
                    .ifPresent(entity -> verdict(entity, key.indicator(), key.year(), lastDue, verdicts));
        }
        evaluator.judge(verdicts);
    }

    private static Fingerprint fingerprint(ReportingEntity entity, String indicator, int year) {
        return new Fingerprint(AlertRule.MISSING_REPORT, entity.regionId(), indicator, year, entity.id());
    }

    record ReportKey(String entityId, String indicator, int year) {
    }

    private void verdict(ReportingEntity entity, String indicator, int year, Period lastDue,
            Map<Fingerprint, Verdict> verdicts) {
        Period registered = entity.registeredAt() == null ? null
                : Period.of(YearMonth.from(entity.registeredAt().atZone(SHANGHAI)));
        List<Period> months = MissingReportRule.monthsToCheck(year, registered, reports.firstReported(entity.id()),
                lastDue);
        verdicts.put(fingerprint(entity, indicator, year), MissingReportRule.evaluate(months, reports.reported(entity.id(), indicator, year)));
    }

    /** Judging entities on half of a restored ledger would fire what the whole of it resolves. */
    private void awaitRestored() {
        long deadline = System.nanoTime() + RESTORE_WAIT.toNanos();
        while (reports.restoring() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
