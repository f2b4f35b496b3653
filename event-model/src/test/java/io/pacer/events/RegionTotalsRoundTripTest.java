package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class RegionTotalsRoundTripTest {

    @Test
    void regionTotalsSurviveAJsonRoundTripWithExactDecimals() {
        RegionTotals.Month month = new RegionTotals.Month(new BigDecimal("24600.10"), 3, new BigDecimal("20000"),
                new BigDecimal("15452"), 2, 1, 4);
        RegionTotals totals = new RegionTotals("d1", "city", "fiscal_revenue", 2026, Collections.nCopies(12, month));
        RegionTotals back = PacerJson.read(PacerJson.write(totals), RegionTotals.class);
        assertThat(back).isEqualTo(totals);
        assertThat(back.schemaVersion()).isEqualTo(RegionTotals.SCHEMA_VERSION);
        assertThat(back.months().get(11).ytdSum()).isEqualTo(new BigDecimal("24600.10"));
    }
}
