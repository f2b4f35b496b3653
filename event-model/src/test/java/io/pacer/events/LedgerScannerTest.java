package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner reads exactly what the full parser reads, or leaves the record to it. */
class LedgerScannerTest {

    private final LedgerScanner scanner = new LedgerScanner();

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recordsAsIngestWritesThemReadTheSameAsWithTheFullParser() {
        Random rng = new Random(7);
        for (int i = 0; i < 2000; i++) {
            SubmissionRecord written = new SubmissionRecord(UUID.randomUUID().toString(), "e-" + rng.nextInt(50),
                    "镇" + rng.nextInt(5), "D" + rng.nextInt(3), "ind_" + rng.nextInt(20),
                    Basis.values()[rng.nextInt(3)], String.format("2026-%02d", 1 + rng.nextInt(12)), decimal(rng),
                    rng.nextBoolean() ? null : decimal(rng), Instant.ofEpochMilli(1_790_000_000_000L + rng.nextInt()),
                    rng.nextInt(5) == 0 ? List.of(new Warning("PRIOR_YEAR_RATIO", "figures[0].value", "x")) : List.of(),
                    rng.nextInt(4) == 0);
            byte[] json = PacerJson.write(written);
            SubmissionRecord scanned = scanner.scan(json);
            assertThat(scanned).isNotNull().isEqualTo(SubmissionParser.parse(json))
                    .isEqualTo(withoutWarnings(PacerJson.read(json, SubmissionRecord.class)));
            assertThat(scanned.value().scale()).isEqualTo(written.value().scale());
            assertThat(scanned.late()).isEqualTo(written.late());
        }
    }

    @Test
    void fieldsInAnyOrderWithSpacesAndUnknownNestedFieldsAreRead() {
        String json = """
                { "futureField" : {"a": [1, 2.5, {"b": "x"}], "c": null, "d": true} ,
                  "value" : -0.50, "period":"2026-02", "basis" : "MONTHLY", "indicator":"rev", "parentRegionId":"D1",
                  "regionId":"T1", "entityId":"e1", "submissionId":"s1", "priorYearValue":null,
                  "acceptedAt":"2026-03-05T08:00:00.123Z", "schemaVersion":1, "warnings":[] }
                """;
        SubmissionRecord scanned = scanner.scan(bytes(json));
        assertThat(scanned).isEqualTo(SubmissionParser.parse(bytes(json)));
        assertThat(scanned.value()).isEqualTo(new BigDecimal("-0.50"));
    }

    @ParameterizedTest(name = "late {0}")
    @ValueSource(strings = {"true", "false", "null", "1", "0", "\"true\"", "\"false\"", "\"\""})
    void lateIsReadAsJacksonReadsItWhateverItsForm(String late) {
        byte[] json = bytes("{\"entityId\":\"e1\",\"value\":1,\"late\":" + late + ",\"period\":\"2026-02\"}");

        SubmissionRecord jackson = withoutWarnings(PacerJson.read(json, SubmissionRecord.class));

        assertThat(SubmissionParser.parse(json)).isEqualTo(jackson);
        SubmissionRecord scanned = scanner.scan(json);
        if (scanned != null) {
            assertThat(scanned).isEqualTo(jackson);
        }
    }

    @Test
    void aRecordWithoutLateIsOnTime() {
        byte[] json = bytes("{\"entityId\":\"e1\",\"value\":1,\"period\":\"2026-02\"}");

        assertThat(scanner.scan(json).late()).isFalse();
        assertThat(SubmissionParser.parse(json).late()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"entityId\":\"e1\",\"late\":1}",
            "{\"entityId\":\"e1\",\"late\":\"true\"}",
            "{\"entityId\":\"e\\u0031\",\"value\":1}",
            "{\"entityId\":\"e1\",\"value\":1e3}",
            "{\"entityId\":\"e1\",\"value\":12345678901234567890}",
            "{\"entityId\":\"e1\",\"value\":01}",
            "{\"entityId\":\"e1\",\"value\":1.}",
            "{\"entityId\":\"e1\",\"basis\":\"YEARLY\"}",
            "{\"entityId\":\"e1\"} trailing",
            "{\"entityId\":\"e1\",}",
            "[1]",
            "null",
            "{\"entityId\":\"e1\""})
    void anythingUnusualIsLeftToTheFullParser(String json) {
        assertThat(scanner.scan(bytes(json))).isNull();
    }

    /** The fast readers skip the warnings, which the aggregate does not use. */
    private static SubmissionRecord withoutWarnings(SubmissionRecord r) {
        return new SubmissionRecord(r.schemaVersion(), r.submissionId(), r.entityId(), r.regionId(),
                r.parentRegionId(), r.indicator(), r.basis(), r.period(), r.value(), r.priorYearValue(), r.acceptedAt(),
                List.of(), r.late());
    }

    private static BigDecimal decimal(Random rng) {
        return BigDecimal.valueOf(rng.nextLong() % 1_000_000_000_000L, rng.nextInt(6));
    }
}
