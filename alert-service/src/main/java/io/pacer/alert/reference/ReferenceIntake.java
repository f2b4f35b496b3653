package io.pacer.alert.reference;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.support.reference.ReferenceChange;
import io.pacer.support.reference.ReferenceReplica;

/**
 * Applies one {@code pacer.reference} record, with its offset, to the service's {@link ReferenceReplica} (which
 * also keeps the token directory). A region that the replica takes new or with another parent, or an indicator new
 * or with another direction or basis, is told to the {@link ReferenceListener}s, which re-evaluate the targets that
 * name it; they are called after the replica has applied the record, outside its lock, since re-evaluating may
 * publish alerts.
 * <p>
 * A record without a key, or whose value can never be applied ({@link ReferenceDecoder}), throws
 * {@link PoisonRecordException} and changes nothing; a key of a kind alert-service does not use is passed over. A
 * listener's failure (MongoDB away) propagates, and the change stays to be told: the record applied again changes
 * nothing in the replica, yet its listeners are still told of it.
 */
@Component
public class ReferenceIntake {

    private final ReferenceReplica replica;
    private final List<ReferenceListener> listeners;
    /** Changes not yet told to every listener (their re-evaluation failed). */
    private final Set<String> untoldRegions = ConcurrentHashMap.newKeySet();
    private final Set<String> untoldIndicators = ConcurrentHashMap.newKeySet();

    ReferenceIntake(ReferenceReplica replica, List<ReferenceListener> listeners) {
        this.replica = replica;
        this.listeners = listeners;
    }

    /** Applies the record read at {@code offset} ({@code value} null or empty: a tombstone). */
    public void apply(String key, byte[] value, long offset) {
        if (key == null) {
            throw new PoisonRecordException("a pacer.reference record needs a key (region:, indicator:, entity:, "
                    + "token: and the id)");
        }
        Object record = value == null || value.length == 0 ? null : ReferenceDecoder.decode(key, value);
        replica.apply(key, record, offset).ifPresent(this::remember);
        tell();
    }

    /**
     * Entities, tokens and deletions tell nobody: MISSING_REPORT checks entities on its clock, not on arrival (at
     * start-up the ledger is still replaying).
     */
    private void remember(ReferenceChange change) {
        if (change.after() instanceof Region now && !(change.before() instanceof Region was
                && Objects.equals(was.parentId(), now.parentId()))) {
            untoldRegions.add(now.id());
        } else if (change.after() instanceof Indicator now && !(change.before() instanceof Indicator was
                && was.better() == now.better() && was.basis() == now.basis())) {
            untoldIndicators.add(now.code());
        }
    }

    /** Tells the listeners every change not told yet; one that fails stays for the next record or the retry. */
    private void tell() {
        for (String regionId : List.copyOf(untoldRegions)) {
            listeners.forEach(listener -> listener.regionChanged(regionId));
            untoldRegions.remove(regionId);
        }
        for (String code : List.copyOf(untoldIndicators)) {
            listeners.forEach(listener -> listener.indicatorChanged(code));
            untoldIndicators.remove(code);
        }
    }
}
