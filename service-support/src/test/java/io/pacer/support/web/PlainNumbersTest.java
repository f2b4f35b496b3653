package io.pacer.support.web;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PlainNumbersTest {

    @Test
    void aStrippedBigDecimalIsWrittenWithoutAnExponent() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new PacerWebAutoConfiguration().pacerPlainNumbers().customize(builder);
        JsonMapper mapper = builder.build();

        String json = mapper.writeValueAsString(Map.of("annualTarget", new BigDecimal("165000").stripTrailingZeros(),
                "pct", new BigDecimal("103.616008570554")));

        assertThat(json).contains("\"annualTarget\":165000").contains("\"pct\":103.616008570554").doesNotContain("E+");
    }
}
