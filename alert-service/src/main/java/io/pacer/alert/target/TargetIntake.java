package io.pacer.alert.target;

import java.util.List;

import org.springframework.stereotype.Component;

import io.pacer.events.PacerJson;
import io.pacer.events.TargetRecord;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * Applies {@code pacer.targets} records to the {@link TargetBook}. A live record is told to the
 * {@link TargetListener}s, which re-evaluate its target at once; one read while the topic is restored on start-up is
 * not, so an older version of a target that compaction has not removed yet can't fire and then resolve an alert that
 * the latest version leaves as it is.
 * <p>
 * A record that can never be applied (no key, a key that is not {@code year:regionId:indicator}, a value that is not
 * a target, names another key or breaks a target's rules) throws {@link PoisonRecordException} and changes nothing;
 * a listener's failure (MongoDB away) propagates, and the record applied again changes nothing more.
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
            throw new PoisonRecordException("a pacer.targets record needs year:regionId:indicator as its key");
        }
        if (value == null || value.length == 0) {
            targets.remove(parse(key));
            return;
        }
        Target target = decode(key, value);
        targets.save(target);
        if (live) {
            listeners.forEach(listener -> listener.targetChanged(target));
        }
    }

    /** Applies a record read back at start-up; one that can't be applied went to the dead-letter topic when live. */
    public void restore(String key, byte[] value) {
        try {
            apply(key, value, false);
        } catch (PoisonRecordException e) {
            // skipped, as it was when it arrived
        }
    }

    private static Target decode(String key, byte[] value) {
        TargetRecord record;
        Target target;
        try {
            record = PacerJson.read(value, TargetRecord.class);
            target = record == null ? null : TargetRecords.fromRecord(record);
        } catch (RuntimeException e) {
            throw new PoisonRecordException("target " + key + " is not a target: " + e.getMessage(), e);
        }
        if (target == null) {
            throw new PoisonRecordException("target " + key + " is JSON null");
        }
        List<Violation> violations = target.violations();
        if (!violations.isEmpty()) {
            throw new PoisonRecordException("target " + key + ": " + violations.stream()
                    .map(v -> v.field() + " " + v.message()).toList());
        }
        if (!record.key().equals(key)) {
            throw new PoisonRecordException("target " + record.key() + " differs from its key " + key);
        }
        return target;
    }

    private static TargetKey parse(String key) {
        String[] parts = key.split(":", 3);
        try {
            if (parts.length == 3 && !parts[1].isBlank() && !parts[2].isBlank()) {
                return new TargetKey(Integer.parseInt(parts[0]), parts[1], parts[2]);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new PoisonRecordException("tombstone key " + key + " is not year:regionId:indicator");
    }
}
