package io.pacer.alert.target;

import java.util.List;

import org.springframework.stereotype.Component;

import io.pacer.events.PacerJson;
import io.pacer.events.TargetRecord;

/**
 * Applies {@code pacer.targets} records to the {@link TargetBook}. A live record is told to the
 * {@link TargetListener}s, which re-evaluate its target at once; one read while the topic is restored on start-up is
 * not, so an older version of a target that compaction has not removed yet can't fire and then resolve an alert that
 * the latest version leaves as it is.
 */
@Component
public class TargetIntake {

    private final TargetBook targets;
    private final List<TargetListener> listeners;

    TargetIntake(TargetBook targets, List<TargetListener> listeners) {
        this.targets = targets;
        this.listeners = listeners;
    }

    /** Applies a record (a null or empty value deletes); tells the listeners of the target when {@code live}. */
    public void apply(String key, byte[] value, boolean live) {
        if (key == null) {
            return;
        }
        if (value == null || value.length == 0) {
            TargetKey deleted = parse(key);
            if (deleted != null) {
                targets.remove(deleted);
            }
            return;
        }
        Target target = TargetRecords.fromRecord(PacerJson.read(value, TargetRecord.class));
        targets.save(target);
        if (live) {
            listeners.forEach(listener -> listener.targetChanged(target));
        }
    }

    private static TargetKey parse(String key) {
        String[] parts = key.split(":", 3);
        if (parts.length != 3) {
            return null;
        }
        try {
            return new TargetKey(Integer.parseInt(parts[0]), parts[1], parts[2]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
