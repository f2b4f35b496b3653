package io.pacer.alert.lifecycle;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Every alert as this instance last wrote or read it, in memory, so judging a figure batch reads no document:
 * MongoDB is read once (at the first use) and again only for an alert another writer changed meanwhile (its
 * version guard refused our write). Used under the evaluator's lock only.
 */
@Component
class AlertCache {

    private final AlertStore store;
    private final Map<String, AlertStore.Stored> alerts = new HashMap<>();
    private boolean loaded;

    AlertCache(AlertStore store) {
        this.store = store;
    }

    AlertStore.Stored get(String id) {
        load();
        return alerts.get(id);
    }

    void put(String id, AlertStore.Stored stored) {
        load();
        alerts.put(id, stored);
    }

    /** Reads the alerts again from MongoDB. */
    void refresh(Collection<String> ids) {
        load();
        Map<String, AlertStore.Stored> found = store.find(ids);
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                alerts.put(id, found.get(id));
            } else {
                alerts.remove(id);
            }
        });
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
