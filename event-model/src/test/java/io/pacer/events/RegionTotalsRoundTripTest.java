package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class RegionTotalsRoundTripTest {

    @Test
    void regionTotalsSurviveAJsonRoundTripWithExactDecimals() {
        RegionTotals.Month month = new RegionTotals.Month(new BigDecimal("24600.10"), 3, new BigDecimal("20000"),
                new BigDecimal("15452"), 2, 3, 4, 1);
        RegionTotals totals = new RegionTotals("d1", "city", "fiscal_revenue", 2026, Collections.nCopies(12, month));
        RegionTotals back = PacerJson.read(PacerJson.write(totals), RegionTotals.class);
        assertThat(back).isEqualTo(totals);
        assertThat(back.schemaVersion()).isEqualTo(RegionTotals.SCHEMA_VERSION);
        assertThat(back.months().get(11).ytdSum()).isEqualTo(new BigDecimal("24600.10"));
        assertThat(back.months().get(11).late()).isEqualTo(1);
    }

    @Test
    void aMonthWrittenBeforeTheLateCountHasNoLateReports() {
        String month = "{\"ytdSum\":5,\"ytdCount\":1,\"comparableYtd\":0,\"comparablePrior\":0,"
                + "\"comparableCount\":0,\"reported\":1,\"expected\":2}";
        String old = "{\"schemaVersion\":1,\"regionId\":\"d1\",\"parentId\":\"city\",\"indicator\":\"x\","
                + "\"year\":2026,\"months\":[" + String.join(",", Collections.nCopies(12, month)) + "]}";

        RegionTotals back = PacerJson.read(old.getBytes(java.nio.charset.StandardCharsets.UTF_8), RegionTotals.class);

        assertThat(back.months().get(0).late()).isZero();
        assertThat(back.months().get(0).reported()).isEqualTo(1);
    }
}
