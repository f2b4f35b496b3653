package io.pacer.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;

/**
 * Reads a ledger record field by field with Jackson's streaming parser: the ledger is the aggregate's hottest
 * input, and binding each record through the object mapper allocates and reflects per field. Reads what {@link PacerJson} would:
 * unknown fields are skipped (the topic evolves additively), numbers stay exact, {@code late} is coerced as the
 * mapper coerces a boolean ({@code 1}, {@code "true"}); the warnings are read, as the mapper reads them, only when
 * asked for (the aggregate does not use them; ingest's history shows them).
 */
public final class SubmissionParser {

    private SubmissionParser() {
    }

    private static final TypeReference<List<Warning>> WARNINGS = new TypeReference<>() {
    };

    /** The record without its warnings, or null for JSON null; any other malformation throws (the caller: poison). */
    public static SubmissionRecord parse(byte[] json) {
        return parse(json, false);
    }

    /** The record, with its warnings if {@code warnings}, or null for JSON null; any other malformation throws. */
    public static SubmissionRecord parse(byte[] json, boolean warnings) {
        try (JsonParser p = PacerJson.mapper().createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected an object, found " + first);
            }
            int schemaVersion = 0;
            String submissionId = null;
            String entityId = null;
            String regionId = null;
            String parentRegionId = null;
            String indicator = null;
            Basis basis = null;
            String period = null;
            BigDecimal value = null;
            BigDecimal priorYearValue = null;
            Instant acceptedAt = null;
            boolean late = false;
            List<Warning> read = List.of();
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken token = p.nextToken();
                switch (name) {
                    case "schemaVersion" -> schemaVersion = token == JsonToken.VALUE_NULL ? 0 : p.getIntValue();
                    case "submissionId" -> submissionId = text(p, token, name);
                    case "entityId" -> entityId = text(p, token, name);
                    case "regionId" -> regionId = text(p, token, name);
                    case "parentRegionId" -> parentRegionId = text(p, token, name);
                    case "indicator" -> indicator = text(p, token, name);
                    case "basis" -> basis = token == JsonToken.VALUE_NULL ? null : Basis.valueOf(text(p, token, name));
                    case "period" -> period = text(p, token, name);
                    case "value" -> value = decimal(p, token, name);
                    case "priorYearValue" -> priorYearValue = decimal(p, token, name);
                    case "acceptedAt" -> acceptedAt = token == JsonToken.VALUE_NULL ? null
                            : Instants.parse(text(p, token, name));
                    case "late" -> late = token == JsonToken.VALUE_TRUE || (token != JsonToken.VALUE_FALSE
                            && token != JsonToken.VALUE_NULL && p.readValueAs(boolean.class));
                    case "warnings" -> {
                        if (warnings) {
                            read = p.readValueAs(WARNINGS);
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("trailing content after the record");
            }
            return new SubmissionRecord(schemaVersion, submissionId, entityId, regionId, parentRegionId, indicator,
                    basis, period, value, priorYearValue, acceptedAt, read, late);
        }
    }

    private static String text(JsonParser p, JsonToken token, String field) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException(field + " must be a string, found " + token);
        }
        return p.getString();
    }

    private static BigDecimal decimal(JsonParser p, JsonToken token, String field) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new IllegalArgumentException(field + " must be a number, found " + token);
        }
        return p.getDecimalValue();
    }
}
