package io.pacer.alert.reference;

import java.util.List;

import org.springframework.stereotype.Component;

import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.support.security.TokenDirectory;

/**
 * Applies one {@code pacer.reference} record. A region or indicator that is new or changed is told to the
 * {@link ReferenceListener}s, which re-evaluate the targets that name it.
 */
@Component
public class ReferenceIntake {

    private final ReferenceData reference;
    private final TokenDirectory tokens;
    private final List<ReferenceListener> listeners;

    ReferenceIntake(ReferenceData reference, TokenDirectory tokens, List<ReferenceListener> listeners) {
        this.reference = reference;
        this.tokens = tokens;
        this.listeners = listeners;
    }

    public void apply(String key, byte[] value) {
        if (key == null) {
            return;
        }
        Object record = value == null || value.length == 0 ? null : PacerJson.readReference(key, value);
        if (key.startsWith(ReferenceKeys.TOKEN)) {
            tokens.applyReference(key, record);
        } else if (key.startsWith(ReferenceKeys.REGION)) {
            if (record == null) {
                reference.removeRegion(key.substring(ReferenceKeys.REGION.length()));
            } else if (reference.apply((Region) record)) {
                String regionId = ((Region) record).id();
                listeners.forEach(listener -> listener.regionChanged(regionId));
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
                String code = ((Indicator) record).code();
                listeners.forEach(listener -> listener.indicatorChanged(code));
            }
        }
    }
}
