package io.pacer.support.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import io.pacer.events.Basis;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonProblemsTest {

    record Figure(String indicator, BigDecimal value, Basis basis) {
    }

    record Submission(String entityId, List<Figure> figures, Integer count) {
    }

    private static final JsonMapper STRICT = StrictJson.strict(JsonMapper.builder().build());

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("unknown field", "{\"entityId\":\"e\",\"colour\":1}", "colour", "unknown field 'colour'"),
                Arguments.of("unknown nested field", "{\"figures\":[{\"indicator\":\"a\",\"valu\":1}]}",
                        "figures[0].valu", "unknown field 'valu'"),
                Arguments.of("duplicate field", "{\"entityId\":\"e\",\"entityId\":\"f\"}", "entityId",
                        "field 'entityId' appears more than once"),
                Arguments.of("duplicate nested field", "{\"figures\":[{\"value\":1,\"value\":2}]}",
                        "figures[0].value", "field 'value' appears more than once"),
                Arguments.of("number as string", "{\"figures\":[{\"value\":\"12\"}]}", "figures[0].value",
                        "must be a number"),
                Arguments.of("word for number", "{\"figures\":[{\"value\":\"abc\"}]}", "figures[0].value",
                        "must be a number"),
                Arguments.of("NaN literal", "{\"figures\":[{\"value\":NaN}]}", "figures[0].value",
                        "Non-standard token 'NaN' (a value must be a finite JSON number)"),
                Arguments.of("number of 1,001 digits", "{\"figures\":[{\"value\":" + "9".repeat(1001) + "}]}",
                        "figures[0]", "Number value length (1001) exceeds the maximum allowed (1000)"),
                Arguments.of("exponent beyond any integer", "{\"figures\":[{\"value\":1e99999999999}]}",
                        "figures[0].value", "is a number that cannot be read (its exponent is out of range)"),
                Arguments.of("unknown enum", "{\"figures\":[{\"basis\":\"WEEKLY\"}]}", "figures[0].basis",
                        "must be one of [MONTHLY, CUMULATIVE, STOCK]"),
                Arguments.of("object for array", "{\"figures\":{}}", "figures", "must be an array"),
                Arguments.of("truncated", "{\"entityId\":\"e\"", "entityId", "malformed JSON"),
                Arguments.of("trailing garbage", "{\"entityId\":\"e\"} x", "body", "malformed JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyNamesTheFieldAndTheReason(String name, String json, String field, String message) {
        JacksonException e = catchThrowableOfType(JacksonException.class, read(json));

        FieldIssue issue = JsonProblems.issue(e);

        assertThat(issue.field()).isEqualTo(field);
        assertThat(issue.message()).contains(message).doesNotContain("io.pacer").doesNotContain("java.")
                .doesNotContain("Feature")
                .doesNotContain("`");
    }

    private static ThrowingCallable read(String json) {
        return () -> STRICT.readValue(json, Submission.class);
    }
}
