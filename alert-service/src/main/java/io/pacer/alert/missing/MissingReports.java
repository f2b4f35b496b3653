package io.pacer.alert.missing;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;
import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.lifecycle.Fingerprint;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.events.AlertRule;
import io.pacer.events.Period;
import io.pacer.events.ReportingEntity;
import io.pacer.events.SubmissionRecord;

/**
 * Checks MISSING_REPORT for every registered entity and indicator it lists, on a clock (DESIGN.md: hourly, and
 * after start-up), and again for one entity and indicator when a figure of theirs arrives, so it resolves at once.
 * Not limited to regions with targets.
 */
@Component
public class MissingReports {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(MissingReports.class);

    private final ReportStore reports;
    private final ReferenceData reference;
    private final AlertEvaluator evaluator;
    private final Clock clock;
    private final int deadlineDay;

    MissingReports(ReportStore reports, ReferenceData reference, AlertEvaluator evaluator, Clock clock,
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
            checkAll();
        } catch (RuntimeException e) {
            log.warn("MISSING_REPORT check failed, will retry on the next run: {}", e.toString());
        }
    }

    public void checkAll() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(SHANGHAI));
        Period lastDue = MissingReportRule.lastDue(now, deadlineDay);
        for (ReportingEntity entity : reference.entities()) {
            for (String indicator : entity.indicators()) {
                check(entity, indicator, now.getYear(), lastDue);
            }
        }
    }

    /** A figure arrived: record it, and re-check its year for that entity and indicator. */
    public void onSubmission(SubmissionRecord record) {
        reports.apply(record);
        reference.entity(record.entityId()).filter(e -> e.indicators().contains(record.indicator()))
                .ifPresent(entity -> check(entity, record.indicator(), Period.parse(record.period()).year(),
                        MissingReportRule.lastDue(ZonedDateTime.now(clock.withZone(SHANGHAI)), deadlineDay)));
    }

    void check(ReportingEntity entity, String indicator, int year, Period lastDue) {
        Period registered = entity.registeredAt() == null ? null
                : Period.of(YearMonth.from(entity.registeredAt().atZone(SHANGHAI)));
        List<Period> months = MissingReportRule.monthsToCheck(year, registered, reports.firstReported(entity.id()),
                lastDue);
        Fingerprint fingerprint = new Fingerprint(AlertRule.MISSING_REPORT, entity.regionId(), indicator, year,
                entity.id());
        evaluator.judge(fingerprint, MissingReportRule.evaluate(months, reports.reported(entity.id(), indicator,
                year)));
    }
}
