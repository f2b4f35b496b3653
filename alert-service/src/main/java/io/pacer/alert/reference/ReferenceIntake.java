package io.pacer.alert.reference;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.support.reference.ReferenceChange;
import io.pacer.support.reference.ReferenceReplica;

/**
 * Applies one {@code pacer.reference} record, with its offset, to the service's {@link ReferenceReplica} (which
 * also keeps the token directory). A region that the replica takes new or with another parent, or an indicator new
 * or with another direction or basis, is told to the {@link ReferenceListener}s, which re-evaluate the targets that
 * name it; they are called after the replica has applied the record, outside its lock, since re-evaluating may
 * publish alerts.
 */
@Component
public class ReferenceIntake {

    private final ReferenceReplica replica;
    private final List<ReferenceListener> listeners;

    ReferenceIntake(ReferenceReplica replica, List<ReferenceListener> listeners) {
        this.replica = replica;
        this.listeners = listeners;
    }

    /** Applies the record read at {@code offset} ({@code value} null or empty: a tombstone). */
    public void apply(String key, byte[] value, long offset) {
        if (key == null) {
            return;
        }
        Object record = value == null || value.length == 0 ? null : PacerJson.readReference(key, value);
        replica.apply(key, record, offset).ifPresent(this::tell);
    }

    /**
     * Entities, tokens and deletions tell nobody: MISSING_REPORT checks entities on its clock, not on arrival (at
     * start-up the ledger is still replaying).
     */
    private void tell(ReferenceChange change) {
        if (change.after() instanceof Region now && !(change.before() instanceof Region was
                && Objects.equals(was.parentId(), now.parentId()))) {
            listeners.forEach(listener -> listener.regionChanged(now.id()));
        } else if (change.after() instanceof Indicator now && !(change.before() instanceof Indicator was
                && was.better() == now.better() && was.basis() == now.basis())) {
            listeners.forEach(listener -> listener.indicatorChanged(now.code()));
        }
    }
}
