package io.pacer.alert.project;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;
import io.pacer.alert.lifecycle.Alert;
import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.lifecycle.AlertStore;
import io.pacer.alert.lifecycle.Fingerprint;
import io.pacer.alert.position.LedgerOwnership;
import io.pacer.alert.rule.Verdict;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.ProjectRecord;

/**
 * Checks SIGN_TO_PILE: every project once a day just after midnight Asia/Shanghai (when the days since signing
 * grow) and once the register has been restored at start-up, and a project on every change of it. The daily check
 * also resolves a firing alert whose project is gone or now has another fingerprint (deleted, moved to another
 * region, re-dated into another year), so nothing missed while the service was down stays firing. Not limited to
 * regions with targets. With several instances each judges the projects whose region's key falls on a ledger
 * partition it owns ({@link LedgerOwnership}), so a project is judged, and notified, once; after an assignment the
 * projects it now owns are judged at once.
 */
@Component
public class SignToPileChecks {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(SignToPileChecks.class);

    private final ProjectBook book;
    private final AlertEvaluator evaluator;
    private final AlertStore alerts;
    private final Clock clock;
    private final int limitDays;
    private final LedgerOwnership ownership;

    SignToPileChecks(ProjectBook book, AlertEvaluator evaluator, AlertStore alerts, Clock clock,
            AlertProperties properties, LedgerOwnership ownership) {
        this.book = book;
        this.evaluator = evaluator;
        this.alerts = alerts;
        this.clock = clock;
        this.limitDays = properties.signToPileDays();
        this.ownership = ownership;
        ownership.onChange(this::ownershipChanged);
    }

    private void ownershipChanged() {
        if (book.restored()) {
            try {
                checkAll(today());
            } catch (RuntimeException e) {
                log.warn("SIGN_TO_PILE check after a ledger assignment failed, will retry on the next run: {}",
                        e.toString());
            }
        }
    }

    @Scheduled(cron = "${pacer.alert.sign-to-pile-check:0 5 0 * * *}", zone = "Asia/Shanghai")
    void onClock() {
        if (!book.restored()) {
            log.info("SIGN_TO_PILE check skipped: pacer.projects is not restored yet (its restore checks)");
            return;
        }
        try {
            checkAll(today());
        } catch (RuntimeException e) {
            log.warn("SIGN_TO_PILE check failed, will retry on the next run: {}", e.toString());
        }
    }

    /** Today in Asia/Shanghai, by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    /** Judges every project this instance owns as of {@code today}; returns the transitions. */
    public List<AlertEvent> checkAll(LocalDate today) {
        Map<Fingerprint, Verdict> verdicts = new LinkedHashMap<>();
        for (ProjectRecord project : book.all()) {
            if (ownership.owns(project.regionId())) {
                verdicts.put(SignToPileRule.fingerprint(project), SignToPileRule.evaluate(project, today, limitDays));
            }
        }
        for (Alert firing : alerts.search(and(eq("rule", AlertRule.SIGN_TO_PILE.name()),
                eq("state", AlertState.FIRING.name())))) {
            if (ownership.owns(firing.fingerprint().regionId())) {
                verdicts.putIfAbsent(firing.fingerprint(), SignToPileRule.removed());
            }
        }
        List<AlertEvent> transitions = evaluator.judge(verdicts);
        log.info("SIGN_TO_PILE checked {} projects as of {}: {} transitions", book.size(), today, transitions.size());
        return transitions;
    }

    /**
     * A project changed ({@code current} null: deleted): judges it as of today, and resolves the alert of its
     * earlier version when that had another fingerprint.
     */
    void changed(ProjectRecord previous, ProjectRecord current) {
        Map<Fingerprint, Verdict> verdicts = new LinkedHashMap<>();
        if (current != null && ownership.owns(current.regionId())) {
            verdicts.put(SignToPileRule.fingerprint(current), SignToPileRule.evaluate(current, today(), limitDays));
        }
        if (previous != null && ownership.owns(previous.regionId())) {
            verdicts.putIfAbsent(SignToPileRule.fingerprint(previous), SignToPileRule.removed());
        }
        evaluator.judge(verdicts);
    }
}
