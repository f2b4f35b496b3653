package io.pacer.alert.lifecycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.rule.AlertRules;
import io.pacer.alert.rule.RegionFigures;
import io.pacer.alert.rule.RuleInput;
import io.pacer.alert.rule.Verdict;
import io.pacer.alert.target.Target;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;

/**
 * Judges targets on the in-memory read model and moves their alerts through their lifecycle: the alerts are read
 * from the {@link AlertCache}, and those with a transition are written in one round trip with it in their outbox,
 * then published; a reading refreshed without a transition is written later, in bulk ({@link #flushReadings}).
 * Everything that reads or changes the read model, the cache or the outbox runs under one lock
 * ({@link #exclusively}). Each instance judges the partitions it owns; after an assignment every alert is read
 * again ({@link #reloadAlerts}), and one changed outside the rules is read before it is changed.
 */
@Component
public class AlertEvaluator {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final RegionFigures figures;
    private final ReferenceData reference;
    private final AlertStore store;
    private final AlertCache cache;
    private final AlertPublisher publisher;
    private final Clock clock;
    private final int maxAttempts;

    AlertEvaluator(RegionFigures figures, ReferenceData reference, AlertStore store, AlertCache cache,
            AlertPublisher publisher, Clock clock, AlertProperties properties) {
        this.figures = figures;
        this.reference = reference;
        this.store = store;
        this.cache = cache;
        this.publisher = publisher;
        this.clock = clock;
        this.maxAttempts = properties.maxUpdateAttempts();
    }

    /** Runs {@code work} alone with the read model, the alerts and their outbox. */
    public void exclusively(Runnable work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Judges the targets whose figures are held; returns the transitions (queued and, if possible, published). */
    public List<AlertEvent> evaluate(Collection<Target> targets) {
        return locked(() -> {
            Map<Fingerprint, Verdict> verdicts = new LinkedHashMap<>();
            for (Target target : targets) {
                if (!figures.ready(target.regionId(), target.indicator())) {
                    continue;
                }
                RuleInput input = RuleInput.assemble(target.regionId(), target.indicator(), target.year(), figures);
                Map<AlertRule, Verdict> byRule = AlertRules.evaluate(target,
                        reference.indicator(target.indicator()).orElse(null), input);
                byRule.forEach((rule, verdict) -> verdicts.put(Fingerprint.of(rule, target.regionId(),
                        target.indicator(), target.year()), verdict));
            }
            return judgeAll(verdicts);
        });
    }

    /** Applies verdicts reached elsewhere (MISSING_REPORT) to their alerts; returns the transitions. */
    public List<AlertEvent> judge(Map<Fingerprint, Verdict> verdicts) {
        return locked(() -> judgeAll(verdicts));
    }

    /** Changes an alert outside the rules (an acknowledgement); null when there is no such alert. */
    public Alert update(String id, UnaryOperator<Alert> change) {
        Step step = step(id, alert -> new Step(alert, change.apply(alert), null));
        return step == null ? null : step.after();
    }

    /** Takes an alert a step outside the rules (an escalation), publishing its transition; null: no such alert. */
    public Step step(String id, Function<Alert, Step> change) {
        return locked(() -> {
            // acknowledged and escalated on any instance: the alert may be another's, newer in MongoDB
            cache.fresh(List.of(id));
            for (int attempt = 1;; attempt++) {
                AlertStore.Stored before = cache.get(id);
                if (before == null) {
                    return null;
                }
                Step step = change.apply(before.alert());
                if (!step.changed()) {
                    return step;
                }
                try {
                    cache.put(id, store.save(before, step.after(), step.transition()));
                    if (step.notifies()) {
                        publish(Set.of(id));
                    }
                    return step;
                } catch (ConcurrentUpdateException e) {
                    cache.refresh(List.of(id));
                    if (attempt >= maxAttempts) {
                        throw e;
                    }
                }
            }
        });
    }

    /** Whether the alert is firing now. */
    public boolean firing(String alertId) {
        return locked(() -> {
            AlertStore.Stored stored = cache.get(alertId);
            return stored != null && stored.alert().firing();
        });
    }

    /**
     * Writes the readings held in memory only (values, month and message refreshed without a transition), in one
     * round trip: on a clock, and before the API reads alerts, so an answer is never older than the judging. An
     * alert another writer changed meanwhile is read again; its reading comes back with its next evaluation.
     */
    public void flushReadings() {
        lock.lock();
        try {
            Map<String, AlertStore.Stored> unwritten = cache.unwritten();
            if (unwritten.isEmpty()) {
                return;
            }
            List<AlertStore.Write> writes = new ArrayList<>();
            unwritten.forEach((id, held) -> writes.add(new AlertStore.Write(held, held.alert(), null)));
            Set<String> conflicts = store.saveAll(writes);
            writes.stream().filter(w -> !conflicts.contains(w.after().id()))
                    .forEach(w -> cache.put(w.after().id(), w.stored()));
            if (!conflicts.isEmpty()) {
                cache.refresh(conflicts);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Writes the readings held in memory, then reads every alert again from MongoDB at its next use. */
    public void reloadAlerts() {
        exclusively(() -> {
            flushReadings();
            cache.reload();
        });
    }

    /**
     * Publishes whatever is still in the outboxes (after a failed publication), as MongoDB holds them now: an outbox
     * read while another instance was publishing it is empty by now, and is not published (nor notified) again.
     */
    public void publishPending() {
        exclusively(() -> {
            cache.fresh(cache.withPending().keySet());
            publisher.publish(cache.withPending().keySet(), cache);
        });
    }

    private List<AlertEvent> judgeAll(Map<Fingerprint, Verdict> verdicts) {
        List<AlertEvent> transitions = new ArrayList<>();
        Set<String> toPublish = new LinkedHashSet<>();
        Map<Fingerprint, Verdict> todo = verdicts;
        for (int attempt = 1; !todo.isEmpty(); attempt++) {
            Map<Fingerprint, Verdict> current = todo;
            List<AlertStore.Write> writes = new ArrayList<>();
            Map<String, Fingerprint> byId = new LinkedHashMap<>();
            current.forEach((fingerprint, verdict) -> {
                AlertStore.Stored before = cache.get(fingerprint.id());
                Step step = AlertLifecycle.apply(before == null ? null : before.alert(), fingerprint, verdict,
                        clock.instant());
                if (step.changed() && step.transition() == null && before != null) {
                    // a new reading only: written with the next transition or by flushReadings, not per poll
                    cache.putUnwritten(fingerprint.id(), new AlertStore.Stored(step.after(), before.version(),
                            before.pending()));
                } else if (step.changed()) {
                    writes.add(new AlertStore.Write(before, step.after(), step.transition()));
                    byId.put(fingerprint.id(), fingerprint);
                }
            });
            Set<String> conflicts = store.saveAll(writes);
            for (AlertStore.Write write : writes) {
                if (!conflicts.contains(write.after().id())) {
                    cache.put(write.after().id(), write.stored());
                    if (write.transition() != null) {
                        transitions.add(write.transition());
                        toPublish.add(write.after().id());
                    }
                }
            }
            if (conflicts.isEmpty()) {
                break;
            }
            if (attempt >= maxAttempts) {
                throw new ConcurrentUpdateException(conflicts.iterator().next());
            }
            cache.refresh(conflicts);
            Map<Fingerprint, Verdict> again = new LinkedHashMap<>();
            conflicts.forEach(id -> again.put(byId.get(id), current.get(byId.get(id))));
            todo = again;
        }
        publish(toPublish);
        return transitions;
    }

    private void publish(Set<String> alertIds) {
        if (alertIds.isEmpty()) {
            return;
        }
        try {
            publisher.publish(alertIds, cache);
        } catch (RuntimeException e) {
            // The transitions are safe in the alerts' outbox; the publisher's clock retries them.
            log.warn("publishing alert transitions failed, will retry: {}", e.toString());
        }
    }
}
