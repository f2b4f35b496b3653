package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every consumer's decoder: what the mapper reads from what ingest writes, and a refusal for what is not a record. */
class LedgerDecoderTest {

    private static final Warning JUMP = new Warning("MONTH_JUMP", "figures[0].value", "较上月增长 \"12\" 倍");

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static SubmissionRecord record(int i, List<Warning> warnings) {
        return new SubmissionRecord("s" + i, "e" + i % 7, "t" + i % 3, "d1", "fiscal_revenue", Basis.CUMULATIVE,
                "2026-0" + (1 + i % 9), BigDecimal.valueOf(i * 37L, i % 4), i % 2 == 0 ? null : BigDecimal.TEN,
                Instant.ofEpochMilli(1_790_000_000_000L + i), warnings, i % 5 == 0);
    }

    @Test
    void recordsAsIngestWritesThemDecodeAsTheMapperReadsThemWarningsIncludedWhenAskedFor() {
        LedgerDecoder withWarnings = LedgerDecoder.withWarnings();
        LedgerDecoder withoutWarnings = LedgerDecoder.withoutWarnings();
        Random rng = new Random(11);
        for (int i = 0; i < 500; i++) {
            List<Warning> warnings = switch (rng.nextInt(3)) {
                case 0 -> List.of();
                case 1 -> List.of(new Warning("PRIOR_YEAR_RATIO", "figures[0].priorYearValue", "plain"));
                default -> List.of(JUMP, new Warning("MONTH_JUMP", "figures[1].value", "x"));
            };
            byte[] json = PacerJson.write(record(i, warnings));
            SubmissionRecord mapped = PacerJson.read(json, SubmissionRecord.class);

            assertThat(withWarnings.decode(json)).isEqualTo(mapped);
            assertThat(withWarnings.decode(json).warnings()).isEqualTo(warnings);
            assertThat(withoutWarnings.decode(json).warnings()).isEmpty();
            assertThat(withoutWarnings.decode(json).value()).isEqualTo(mapped.value());
        }
    }

    @Test
    void aScannerThatKeepsWarningsLeavesARecordWithAnyToTheParser() {
        byte[] plain = PacerJson.write(record(1, List.of(new Warning("A", "f", "m"))));
        byte[] none = bytes("{\"entityId\":\"e1\",\"value\":1,\"warnings\":[ ]}");

        assertThat(new LedgerScanner(true).scan(plain)).isNull();
        assertThat(new LedgerScanner(false).scan(plain)).isNotNull();
        assertThat(new LedgerScanner(true).scan(none)).isNotNull().satisfies(r -> {
            assertThat(r.warnings()).isEmpty();
            assertThat(r.entityId()).isEqualTo("e1");
        });
        assertThat(SubmissionParser.parse(plain, true).warnings()).containsExactly(new Warning("A", "f", "m"));
        assertThat(SubmissionParser.parse(plain).warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "null", "not json", "[1]", "{\"entityId\":\"e1\"", "{\"entityId\":\"e1\"} {}",
            "{\"warnings\":\"none\"}", "{\"warnings\":[null]}"})
    void whatIsNotALedgerRecordIsRefused(String json) {
        assertThatThrownBy(() -> LedgerDecoder.withWarnings().decode(bytes(json))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void noBytesAreRefused() {
        assertThatThrownBy(() -> LedgerDecoder.withoutWarnings().decode(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("empty record");
    }

    @Test
    void aNumberWrittenAsAStringIsRefusedThoughTheMapperWouldCoerceIt() {
        byte[] json = bytes("{\"submissionId\":\"s1\",\"entityId\":\"e1\",\"value\":\"100\",\"period\":\"2026-02\"}");

        assertThat(PacerJson.read(json, SubmissionRecord.class).value()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> LedgerDecoder.withWarnings().decode(json))
                .hasMessageContaining("value must be a number");
    }
}
