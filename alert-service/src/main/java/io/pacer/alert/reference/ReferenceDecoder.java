package io.pacer.alert.reference;

import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.events.TokenRecord;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * Reads a {@code pacer.reference} value by its key, refusing what can never be applied with
 * {@link PoisonRecordException}: a value that is not JSON of the key's kind, or whose id (region id, indicator code,
 * entity id, token hash) is missing or is not the one its key names; an indicator without its basis or direction,
 * a token without its role. Returns null for a key of a kind alert-service does not know (the topic may gain kinds).
 */
final class ReferenceDecoder {

    private ReferenceDecoder() {
    }

    static Object decode(String key, byte[] value) {
        if (ReferenceKeys.typeOf(key) == null) {
            return null;
        }
        Object record;
        try {
            record = PacerJson.readReference(key, value);
        } catch (RuntimeException e) {
            throw new PoisonRecordException("reference " + key + " can't be read: " + e.getMessage(), e);
        }
        if (record == null) {
            throw new PoisonRecordException("reference " + key + " is JSON null");
        }
        String missing = missing(record);
        if (missing != null) {
            throw new PoisonRecordException("reference " + key + " lacks its " + missing);
        }
        if (!ReferenceKeys.of(record).equals(key)) {
            throw new PoisonRecordException("reference " + key + " holds " + ReferenceKeys.of(record));
        }
        return record;
    }

    /** The first required field the record lacks, or null. */
    private static String missing(Object record) {
        if (record instanceof Region r) {
            return blank(r.id()) ? "id" : null;
        }
        if (record instanceof Indicator i) {
            return blank(i.code()) ? "code" : i.basis() == null ? "basis" : i.better() == null ? "better" : null;
        }
        if (record instanceof ReportingEntity e) {
            return blank(e.id()) ? "id" : null;
        }
        TokenRecord t = (TokenRecord) record;
        return blank(t.sha256()) ? "sha256" : t.role() == null ? "role" : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
