package io.pacer.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of Pacer's events. Readers ignore unknown fields because topics evolve additively;
 * numbers stay exact (BigDecimal), instants are ISO-8601 strings.
 */
public final class PacerJson {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private PacerJson() {
    }

    /** Applies Pacer's event settings to a builder, e.g. to customise Boot's auto-configured mapper. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Decodes a {@link Topics#REFERENCE} value by its key; {@code null} for an unknown key prefix. */
    public static Object readReference(String key, byte[] json) {
        Class<?> type = ReferenceKeys.typeOf(key);
        return type == null ? null : MAPPER.readValue(json, type);
    }
}
