package io.pacer.alert.reference;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.pacer.events.Indicator;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.support.security.TokenDirectory;

/**
 * Applies one {@code pacer.reference} record. A region or indicator that is new or changed is told to the
 * {@link ReferenceListener}s, which re-evaluate the targets that name it.
 * <p>
 * A record without a key, or whose value can never be applied ({@link ReferenceDecoder}), throws
 * {@link PoisonRecordException} and changes nothing; a key of a kind alert-service does not use is passed over. A
 * listener's failure (MongoDB away) propagates, and the change stays to be told: the record applied again changes
 * nothing in {@link ReferenceData}, yet its listeners are still told of it.
 */
@Component
public class ReferenceIntake {

    private final ReferenceData reference;
    private final TokenDirectory tokens;
    private final List<ReferenceListener> listeners;
    /** Changes not yet told to every listener (their re-evaluation failed). */
    private final Set<String> untoldRegions = ConcurrentHashMap.newKeySet();
    private final Set<String> untoldIndicators = ConcurrentHashMap.newKeySet();

    ReferenceIntake(ReferenceData reference, TokenDirectory tokens, List<ReferenceListener> listeners) {
        this.reference = reference;
        this.tokens = tokens;
        this.listeners = listeners;
    }

    public void apply(String key, byte[] value) {
        if (key == null) {
            throw new PoisonRecordException("a pacer.reference record needs a key (region:, indicator:, entity:, "
                    + "token: and the id)");
        }
        Object record = value == null || value.length == 0 ? null : ReferenceDecoder.decode(key, value);
        if (key.startsWith(ReferenceKeys.TOKEN)) {
            tokens.applyReference(key, record);
        } else if (key.startsWith(ReferenceKeys.REGION)) {
            if (record == null) {
                reference.removeRegion(key.substring(ReferenceKeys.REGION.length()));
            } else if (reference.apply((Region) record)) {
                untoldRegions.add(((Region) record).id());
            }
        } else if (key.startsWith(ReferenceKeys.ENTITY)) {
            // MISSING_REPORT checks entities on its clock, not on arrival: at start-up the ledger is still replaying
            if (record == null) {
                reference.removeEntity(key.substring(ReferenceKeys.ENTITY.length()));
            } else {
                reference.apply((ReportingEntity) record);
            }
        } else if (key.startsWith(ReferenceKeys.INDICATOR)) {
            if (record == null) {
                reference.removeIndicator(key.substring(ReferenceKeys.INDICATOR.length()));
            } else if (reference.apply((Indicator) record)) {
                untoldIndicators.add(((Indicator) record).code());
            }
        }
        tell();
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
