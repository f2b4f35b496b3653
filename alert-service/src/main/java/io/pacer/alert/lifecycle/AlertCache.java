package io.pacer.alert.lifecycle;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Every alert as this instance last wrote or read it, in memory, so judging a figure batch reads no document:
 * MongoDB is read once (at the first use), again only for an alert another writer changed meanwhile (its
 * version guard refused our write) or that is changed outside the rules (an acknowledgement, an escalation), and
 * wholly after partitions were assigned (their alerts were another instance's to judge until then). A newer reading without a transition may be held here before it is written
 * ({@link #putUnwritten}). Used under the evaluator's lock only.
 */
@Component
class AlertCache {

    private final AlertStore store;
    private final Map<String, AlertStore.Stored> alerts = new HashMap<>();
    /** Alerts whose newer reading is held here only (written by {@link AlertEvaluator#flushReadings}). */
    private final Set<String> unwritten = new LinkedHashSet<>();
    private boolean loaded;

    AlertCache(AlertStore store) {
        this.store = store;
    }

    AlertStore.Stored get(String id) {
        load();
        return alerts.get(id);
    }

    /** The alert as just written. */
    void put(String id, AlertStore.Stored stored) {
        load();
        alerts.put(id, stored);
        unwritten.remove(id);
    }

    /** A newer reading of the alert (values, month, message), not written yet; its version stays the stored one. */
    void putUnwritten(String id, AlertStore.Stored stored) {
        load();
        alerts.put(id, stored);
        unwritten.add(id);
    }

    /** The alerts with a reading not written yet, as held here. */
    Map<String, AlertStore.Stored> unwritten() {
        Map<String, AlertStore.Stored> found = new LinkedHashMap<>();
        unwritten.forEach(id -> found.put(id, alerts.get(id)));
        return found;
    }

    /** Reads the alerts again from MongoDB. */
    void refresh(Collection<String> ids) {
        load();
        Map<String, AlertStore.Stored> found = store.find(ids);
        ids.forEach(id -> {
            unwritten.remove(id);
            if (found.containsKey(id)) {
                alerts.put(id, found.get(id));
            } else {
                alerts.remove(id);
            }
        });
    }

    /**
     * Reads the alerts again from MongoDB, but for those this instance holds a newer reading of (it judges them,
     * and a write is guarded by the version).
     */
    void fresh(Collection<String> ids) {
        List<String> stale = ids.stream().filter(id -> !unwritten.contains(id)).toList();
        if (!stale.isEmpty()) {
            refresh(stale);
        }
    }

    /**
     * Forgets every alert, to read them all again at the next use: after partitions were taken over, whose alerts
     * another instance judged until now. Written readings only (see {@link AlertEvaluator#flushReadings}).
     */
    void reload() {
        alerts.clear();
        unwritten.clear();
        loaded = false;
    }

    /** The alerts whose outbox holds transitions not yet published. */
    Map<String, AlertStore.Stored> withPending() {
        load();
        Map<String, AlertStore.Stored> found = new HashMap<>();
        alerts.forEach((id, stored) -> {
            if (!stored.pending().isEmpty()) {
                found.put(id, stored);
            }
        });
        return found;
    }

    private void load() {
        if (!loaded) {
            alerts.putAll(store.all());
            loaded = true;
        }
    }
}
