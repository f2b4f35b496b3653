package io.pacer.alert.lifecycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.annotation.Timed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.rule.AlertRules;
import io.pacer.alert.rule.FigureLookup;
import io.pacer.alert.rule.RuleInput;
import io.pacer.alert.rule.Verdict;
import io.pacer.alert.target.Target;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;

/**
 * Evaluates a target's rules on the read model and moves its alerts through their lifecycle. Safe to call from
 * any thread and any instance: a concurrent change of the same alert makes this one re-read and re-apply.
 */
@Component
public class AlertEvaluator {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);

    private final FigureLookup figures;
    private final ReferenceData reference;
    private final AlertStore alerts;
    private final AlertPublisher publisher;
    private final Clock clock;
    private final int maxAttempts;

    AlertEvaluator(FigureLookup figures, ReferenceData reference, AlertStore alerts, AlertPublisher publisher,
            Clock clock, AlertProperties properties) {
        this.figures = figures;
        this.reference = reference;
        this.alerts = alerts;
        this.publisher = publisher;
        this.clock = clock;
        this.maxAttempts = properties.maxUpdateAttempts();
    }

    /** Evaluates the target now; returns the transitions it caused (already queued and, if possible, published). */
    @Timed("pacer.alert.evaluation")
    public List<AlertEvent> evaluate(Target target) {
        RuleInput input = RuleInput.assemble(target.regionId(), target.indicator(), target.year(), figures);
        Map<AlertRule, Verdict> verdicts = AlertRules.evaluate(target, reference.better(target.indicator()), input);
        List<AlertEvent> transitions = new ArrayList<>();
        List<String> toPublish = new ArrayList<>();
        verdicts.forEach((rule, verdict) -> {
            Fingerprint fingerprint = Fingerprint.of(rule, target.regionId(), target.indicator(), target.year());
            AlertEvent transition = apply(fingerprint, verdict);
            if (transition != null) {
                transitions.add(transition);
                toPublish.add(fingerprint.id());
            }
        });
        publish(toPublish);
        return transitions;
    }

    private void publish(List<String> alertIds) {
        try {
            publisher.publish(alertIds);
        } catch (RuntimeException e) {
            // The transitions are safe in the alerts' outbox; the publisher's clock retries them.
            log.warn("publishing alert transitions failed, will retry: {}", e.toString());
        }
    }

    /** Applies a verdict reached elsewhere (MISSING_REPORT) to its alert; returns the transition, if any. */
    public AlertEvent judge(Fingerprint fingerprint, Verdict verdict) {
        AlertEvent transition = apply(fingerprint, verdict);
        if (transition != null) {
            publish(List.of(fingerprint.id()));
        }
        return transition;
    }

    private AlertEvent apply(Fingerprint fingerprint, Verdict verdict) {
        for (int attempt = 1;; attempt++) {
            AlertStore.Stored before = alerts.find(fingerprint.id()).orElse(null);
            Step step = AlertLifecycle.apply(before == null ? null : before.alert(), fingerprint, verdict,
                    clock.instant());
            if (!step.changed()) {
                return null;
            }
            try {
                alerts.save(before, step.after(), step.transition());
                return step.transition();
            } catch (ConcurrentUpdateException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
            }
        }
    }
}
