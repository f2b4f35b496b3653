package io.pacer.alert.lifecycle;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.pacer.events.AlertState;

/**
 * Escalation: an acknowledged alert still FIRING once its action plan's due date has passed (the due date is a day
 * in Asia/Shanghai; it has passed from the next day's 00:00) gets an ESCALATED transition, which the notifier sends
 * to the parent region's subscribers. Checked hourly and two minutes after start-up (once the topics are read);
 * once per acknowledgement, so checking again escalates nothing twice.
 */
@Component
class Escalations {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final AlertStore alerts;
    private final AlertEvaluator evaluator;
    private final Clock clock;

    Escalations(AlertStore alerts, AlertEvaluator evaluator, Clock clock) {
        this.alerts = alerts;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /** Escalates every alert that is due; returns how many were escalated. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    int escalateDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        List<Alert> candidates = alerts.search(and(eq("state", AlertState.FIRING.name()),
                lt("ack.dueDate", today.toString()), eq("ack.escalatedAt", null)));
        int escalated = 0;
        for (Alert candidate : candidates) {
            Step step = evaluator.step(candidate.id(), current -> AlertLifecycle.escalate(current, today, now));
            if (step != null && step.notifies()) {
                escalated++;
                log.info("alert {} escalated: still firing after its due date {}", candidate.id(),
                        candidate.ack().dueDate());
            }
        }
        return escalated;
    }
}
