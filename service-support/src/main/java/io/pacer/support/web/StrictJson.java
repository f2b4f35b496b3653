package io.pacer.support.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read strictly (unknown or duplicate fields, trailing content and numbers given as strings are
 * errors), while events on topics stay lenient (PacerJson), so only the HTTP converter gets this mapper.
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static JsonMapper strict(JsonMapper base) {
        return base.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .build();
    }

    /**
     * What an HTTP request whose body the strict mapper could not read is told (its {@code errors[0]}): the JSON path
     * and why, as answered with 400. For services that read request-shaped JSON from elsewhere (a Kafka inbox).
     */
    public static FieldIssue issue(JacksonException e) {
        return JsonProblems.issue(e);
    }
}
