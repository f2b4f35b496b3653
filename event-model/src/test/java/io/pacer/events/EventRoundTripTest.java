package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventRoundTripTest {

    static Stream<Object> everyRecord() {
        Instant at = Instant.parse("2026-03-10T08:15:30.123Z");
        return Stream.of(
                new Region("gxq", "高新区", "High-tech Zone", "d1", RegionLevel.TOWN),
                new Region("city", "市", "City", null, RegionLevel.CITY),
                new Indicator("fiscal_revenue", "财政收入", "Fiscal revenue", "万元", Basis.CUMULATIVE, Better.HIGHER,
                        null, true),
                new Indicator("hightech_va", "高新技术产业增加值", "High-tech VA", "万元", Basis.CUMULATIVE,
                        Better.HIGHER, "industrial_va", true),
                new ReportingEntity("e1", "某企业", EntityType.ENTERPRISE, "gxq", List.of("fiscal_revenue"), at),
                new TokenRecord("ab12", Role.REPORTER, List.of("e1"), List.of(), false, at),
                TokenRecord.bootstrap("cd34", at).revoke(),
                new SubmissionRecord("s1", "e1", "gxq", "d1", "fiscal_revenue", Basis.CUMULATIVE, "2026-02",
                        new BigDecimal("24600.10"), new BigDecimal("15452"), at,
                        List.of(new Warning("VALUE_JUMP", "figures[0].value", "more than 5x last month"))),
                new SubmissionRecord("s2", "e1", "gxq", "d1", "fiscal_revenue", Basis.MONTHLY, "2026-02",
                        new BigDecimal("1E+3"), null, at, List.of()),
                new SubmissionRecord("s3", "e1", "gxq", "d1", "fiscal_revenue", Basis.STOCK, "2026-01",
                        new BigDecimal("7"), null, at, List.of(), true),
                new FigureEvent("gxq", "d1", "fiscal_revenue", "2026-02", new BigDecimal("24600"),
                        new BigDecimal("15452"), 59.202692207999, null, 3, 4, new Ranks(1, 2, null),
                        new Ranks(0, null, null)),
                new ProjectRecord("p1", "新能源电池项目", "gxq", ProjectCategory.INDUSTRIAL, new BigDecimal("150000"),
                        true, true, java.time.LocalDate.parse("2026-01-08"), java.time.LocalDate.parse("2026-02-20"),
                        null, null, at));
    }

    @ParameterizedTest
    @MethodSource("everyRecord")
    void everyEventSurvivesAJsonRoundTrip(Object event) {
        byte[] json = PacerJson.write(event);
        Object back = PacerJson.read(json, event.getClass());
        assertThat(back).isEqualTo(event);
        assertThat(new String(json)).contains("\"schemaVersion\":1");
    }

    @Test
    void aSubmissionRecordSaysWhetherItIsLateEvenWhenItIsNot() {
        SubmissionRecord onTime = new SubmissionRecord("s1", "e1", "gxq", "d1", "fiscal_revenue", Basis.STOCK,
                "2026-01", BigDecimal.ONE, null, Instant.parse("2026-02-01T00:00:00Z"), List.of());

        assertThat(new String(PacerJson.write(onTime), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"late\":false");
        assertThat(new String(PacerJson.write(new SubmissionRecord("s1", "e1", "gxq", "d1", "fiscal_revenue",
                Basis.STOCK, "2026-01", BigDecimal.ONE, null, Instant.parse("2026-03-01T00:00:00Z"), List.of(), true)),
                java.nio.charset.StandardCharsets.UTF_8)).contains("\"late\":true");
    }

    @Test
    void aSubmissionRecordWrittenBeforeTheLateMarkIsOnTime() {
        String old = "{\"schemaVersion\":1,\"submissionId\":\"s1\",\"entityId\":\"e1\",\"regionId\":\"gxq\","
                + "\"parentRegionId\":\"d1\",\"indicator\":\"fiscal_revenue\",\"basis\":\"STOCK\","
                + "\"period\":\"2026-01\",\"value\":7,\"priorYearValue\":null,"
                + "\"acceptedAt\":\"2026-05-10T08:15:30Z\",\"warnings\":[]}";

        SubmissionRecord record = PacerJson.read(old.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                SubmissionRecord.class);

        assertThat(record.late()).isFalse();
        assertThat(record.value()).isEqualByComparingTo("7");
    }

    @Test
    void aTokenRecordWrittenBeforeTheBootstrapMarkIsNotTheBootstrapToken() {
        String old = "{\"schemaVersion\":1,\"sha256\":\"ab12\",\"role\":\"STATISTICS\",\"entityIds\":[],"
                + "\"regionIds\":[],\"revoked\":false,\"createdAt\":\"2026-03-10T08:15:30Z\"}";

        TokenRecord token = PacerJson.read(old.getBytes(java.nio.charset.StandardCharsets.UTF_8), TokenRecord.class);

        assertThat(token.bootstrap()).isFalse();
        assertThat(token.role()).isEqualTo(Role.STATISTICS);
    }
}
