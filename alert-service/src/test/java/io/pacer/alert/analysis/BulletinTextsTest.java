package io.pacer.alert.analysis;

import static io.pacer.alert.analysis.Bulletins.mark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pacer.events.AlertRule;
import io.pacer.events.Period;

class BulletinTextsTest {

    private static final Period MAY = new Period(2026, 5);

    @Test
    void chineseNamesTheLeadersTheRedAndTheRankChangesOfEachIndicator() {
        Bulletin bulletin = Bulletins.zh().write("一区", MAY, List.of(Bulletins.revenue()));

        assertThat(bulletin.title()).isEqualTo("一区2026年1–5月主要指标通报");
        assertThat(bulletin.paragraphs()).containsExactly("2026年1–5月，一区各地区主要指标运行情况通报如下。",
                "财政收入：增幅方面，高新区以59.2%居首；占比方面，高新区以35.4%居首。红灯预警：甲镇（进度滞后、增幅未达标）。"
                        + "增幅排名变动：乙镇上升2位，甲镇下降3位。");
        assertThat(bulletin.text()).startsWith("一区2026年1–5月主要指标通报\n\n2026年1–5月").doesNotContain("gxq",
                "fiscal_revenue", "PROGRESS_LAG");
    }

    @Test
    void englishSaysTheSame() {
        Bulletin bulletin = Bulletins.en().write("District 1", MAY, List.of(Bulletins.revenue()));

        assertThat(bulletin.title()).isEqualTo("Monthly bulletin: District 1, January–May 2026");
        assertThat(bulletin.paragraphs().get(1)).isEqualTo("Fiscal revenue: High-tech Zone leads growth at 59.2%; "
                + "High-tech Zone leads share at 35.4%. Red alerts: Town A (behind schedule, growth below target). "
                + "Growth rank changes: Town B up 2 places; Town A down 3 places.");
    }

    @Test
    void everyNumberInTheTextIsAFactUnrounded() {
        Bulletin bulletin = Bulletins.zh().write("一区", MAY, List.of(Bulletins.revenue()));

        assertThat(bulletin.facts()).extracting(Fact::kind, Fact::regionId, Fact::indicator, Fact::value, Fact::rule)
                .containsExactly(
                        tuple("growthLeader", "gxq", "fiscal_revenue", new BigDecimal("59.2083"), null),
                        tuple("shareLeader", "gxq", "fiscal_revenue", new BigDecimal("35.44"), null),
                        tuple("redAlert", "ta", "fiscal_revenue", null, AlertRule.PROGRESS_LAG),
                        tuple("redAlert", "ta", "fiscal_revenue", null, AlertRule.GROWTH_LAG),
                        tuple("rankChange", "tb", "fiscal_revenue", new BigDecimal("2"), null),
                        tuple("rankChange", "ta", "fiscal_revenue", new BigDecimal("-3"), null));
    }

    @Test
    void tiedLeadersAreAllNamedAndMissingPartsAreSaidOrLeftOut() {
        Findings tie = new Findings(Bulletins.REVENUE, List.of(mark("gxq", "10"), mark("ta", "10")), List.of(),
                List.of(), List.of(), List.of(mark("gxq", "10"), mark("ta", "10")));
        Findings none = new Findings(Bulletins.REVENUE, List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(Bulletins.zh().write("一区", MAY, List.of(tie)).paragraphs().get(1))
                .isEqualTo("财政收入：增幅方面，高新区、甲镇以10.0%居首。");
        assertThat(Bulletins.en().write("District 1", MAY, List.of(tie)).paragraphs().get(1))
                .isEqualTo("Fiscal revenue: High-tech Zone and Town A lead growth at 10.0%.");
        assertThat(Bulletins.zh().write("一区", MAY, List.of(none)).paragraphs().get(1))
                .isEqualTo("财政收入：增幅方面暂无可比数据。");
    }

    @Test
    void aMonthWithoutFiguresSaysSo() {
        assertThat(Bulletins.zh().write("一区", MAY, List.of()).text())
                .isEqualTo("一区2026年1–5月主要指标通报\n\n2026年1–5月，一区各地区暂无报送数据。");
        assertThat(Bulletins.en().write("District 1", MAY, List.of()).facts()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
            "2026-01, 2026年1月,    January 2026",
            "2026-02, 2026年1–2月,  January–February 2026",
            "2025-12, 2025年1–12月, January–December 2025",
    })
    void periodsReadAsTheYearToDate(String period, String zh, String en) {
        assertThat(Bulletins.zh().period(Period.parse(period))).isEqualTo(zh);
        assertThat(Bulletins.en().period(Period.parse(period))).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "59.25, 59.3%", "59.2083, 59.2%", "-3.45, -3.5%", "0, 0.0%", "100, 100.0%", "1E+2, 100.0%" })
    void percentagesShowOneDecimalHalfUp(String value, String shown) {
        assertThat(BulletinTexts.pct(new BigDecimal(value))).isEqualTo(shown);
    }

    @Test
    void everyRuleHasANameInBothLanguages() {
        for (AlertRule rule : AlertRule.values()) {
            assertThat(Bulletins.zh().ruleName(rule)).isNotBlank().doesNotContain("_");
            assertThat(Bulletins.en().ruleName(rule)).isNotBlank().doesNotContain("_");
        }
    }
}
