package io.pacer.alert.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Severity;
import io.pacer.events.TransitionKind;

/** Every rule's text, in Chinese and English, with names and units and numbers to one decimal. */
class AlertTextsTest {

    private static final Labels ZONE_ZH = new Labels("高新区", "竣工项目", "个", null, Basis.CUMULATIVE, Better.HIGHER);
    private static final Labels ZONE_EN = new Labels("High-tech Zone", "Projects completed", "个", null,
            Basis.CUMULATIVE, Better.HIGHER);
    private static final Labels REVENUE_ZH = new Labels("高新区", "财政收入", "万元", null, Basis.CUMULATIVE,
            Better.HIGHER);
    private static final Labels REVENUE_EN = new Labels("High-tech Zone", "Fiscal revenue", "万元", null,
            Basis.CUMULATIVE, Better.HIGHER);
    private static final Labels ENERGY_ZH = new Labels("甲镇", "综合能耗", "吨标准煤", null, Basis.CUMULATIVE,
            Better.LOWER);
    private static final Labels UNIT_ZH = new Labels("甲镇", "工业增加值", "万元", "甲机械厂", Basis.CUMULATIVE,
            Better.HIGHER);
    private static final Labels UNIT_EN = new Labels("Town A", "Industrial value added", "万元", "甲机械厂",
            Basis.CUMULATIVE, Better.HIGHER);

    /** An alert event with only what a test sets. */
    private record E(AlertRule rule, AlertState state, Severity severity, String period, String progress,
            String expected, String growth, String growthTarget, Integer rank, Integer rankChange, String ytd,
            Integer ranked, List<String> missing, String entity, TransitionKind kind, String due) {

        static E of(AlertRule rule, Severity severity, String period) {
            return new E(rule, AlertState.FIRING, severity, period, null, null, null, null, null, null, null, null,
                    null, null, TransitionKind.FIRING, null);
        }

        E progress(String p, String x, String y) {
            return new E(rule, state, severity, period, p, x, growth, growthTarget, rank, rankChange, y, ranked,
                    missing, entity, kind, due);
        }

        E growth(String g, String t, String y) {
            return new E(rule, state, severity, period, progress, expected, g, t, rank, rankChange, y, ranked,
                    missing, entity, kind, due);
        }

        E rank(Integer r, Integer change, Integer of) {
            return new E(rule, state, severity, period, progress, expected, growth, growthTarget, r, change, ytd, of,
                    missing, entity, kind, due);
        }

        E missing(String entityId, List<String> months) {
            return new E(rule, state, severity, period, progress, expected, growth, growthTarget, rank, rankChange,
                    ytd, ranked, months, entityId, kind, due);
        }

        E resolved() {
            return new E(rule, AlertState.RESOLVED, severity, period, progress, expected, growth, growthTarget, rank,
                    rankChange, ytd, ranked, missing, entity, TransitionKind.RESOLVED, due);
        }

        E escalated(String dueDate) {
            return new E(rule, state, severity, period, progress, expected, growth, growthTarget, rank, rankChange,
                    ytd, ranked, missing, entity, TransitionKind.ESCALATED, dueDate);
        }

        AlertEvent event() {
            return new AlertEvent("a1", 1, kind, rule, "gxq", "x", 2026, entity, period, state, severity, null,
                    dec(progress), dec(expected), dec(growth), dec(growthTarget), rank, rankChange, "rule text",
                    Instant.EPOCH, Instant.EPOCH, dec(ytd), ranked, missing, due);
        }

        private static BigDecimal dec(String s) {
            return s == null ? null : new BigDecimal(s);
        }
    }

    private static String zh(E e, Labels labels) {
        return AlertTexts.message(e.event(), labels, Lang.ZH);
    }

    private static String en(E e, Labels labels) {
        return AlertTexts.message(e.event(), labels, Lang.EN);
    }

    @Test
    void progressLagSaysTheYearToDateTheTargetShareAndTheSchedule() {
        E lag = E.of(AlertRule.PROGRESS_LAG, Severity.YELLOW, "2026-10").progress("66.66666666", "83.33333333", "8");

        assertThat(zh(lag, ZONE_ZH)).isEqualTo("高新区 · 竣工项目：1–10月累计 8 个，完成年度目标 66.7%，低于序时进度 83.3%（黄灯）");
        assertThat(en(lag, ZONE_EN)).isEqualTo("High-tech Zone · Projects completed: 8 in Jan–Oct, 66.7% of the "
                + "annual target, behind the 83.3% expected by now (yellow)");
        assertThat(zh(lag.resolved(), ZONE_ZH)).isEqualTo(
                "高新区 · 竣工项目：1–10月累计 8 个，完成年度目标 66.7%，序时进度 83.3%（已解除）");
        assertThat(en(lag.resolved(), ZONE_EN)).endsWith("66.7% of the annual target, against 83.3% expected by now "
                + "(resolved)");
    }

    @Test
    void forecastMissSaysTheAttainmentSoFarAndWhereThePaceEndsTheYear() {
        E miss = E.of(AlertRule.FORECAST_MISS, Severity.RED, "2026-10").progress("50", "60.04", "6");

        assertThat(zh(miss, ZONE_ZH)).isEqualTo(
                "高新区 · 竣工项目：1–10月累计 6 个，完成年度目标 50.0%，按当前进度预计全年完成 60.0%，难以完成年度目标（红灯）");
        assertThat(en(miss, ZONE_EN)).isEqualTo("High-tech Zone · Projects completed: 6 in Jan–Oct, 50.0% of the "
                + "annual target; at this pace the year ends at 60.0% of it, short of the target (red)");
        assertThat(zh(miss.resolved(), ZONE_ZH)).endsWith("按当前进度预计全年完成 60.0%（已解除）");
    }

    @Test
    void growthLagSaysTheGrowthAgainstTheTargetAndWhichWayItMisses() {
        E lag = E.of(AlertRule.GROWTH_LAG, Severity.RED, "2026-02").growth("59.24", "65", "24600.25");

        assertThat(zh(lag, REVENUE_ZH)).isEqualTo(
                "高新区 · 财政收入：1–2月累计 24600.3 万元，同比增长 59.2%，低于目标增幅 65.0%（红灯）");
        assertThat(en(lag, REVENUE_EN)).isEqualTo("High-tech Zone · Fiscal revenue: 24600.3 ×10k yuan in Jan–Feb, "
                + "growth +59.2% year on year, below the +65.0% target (red)");
        E energy = E.of(AlertRule.GROWTH_LAG, Severity.RED, "2026-01").growth("2.04", "-3", "900");
        assertThat(zh(energy, ENERGY_ZH)).isEqualTo(
                "甲镇 · 综合能耗：1月累计 900 吨标准煤，同比增长 2.0%，高于目标增幅 -3.0%（红灯）");
        E falling = E.of(AlertRule.GROWTH_LAG, Severity.RED, "2026-03").growth("-4.55", "5", null);
        assertThat(zh(falling, REVENUE_ZH)).isEqualTo("高新区 · 财政收入：同比下降 4.6%，低于目标增幅 5.0%（红灯）");
    }

    @Test
    void rankBottomSaysTheRankAmongTheRankedAndHowLongItHasBeenLast() {
        E last = E.of(AlertRule.RANK_BOTTOM, Severity.YELLOW, "2026-03").growth("-1.25", null, null).rank(5, 0, 5);
        E red = E.of(AlertRule.RANK_BOTTOM, Severity.RED, "2026-03").growth("-1.25", null, null).rank(5, 0, 5);

        assertThat(zh(last, REVENUE_ZH)).isEqualTo("高新区 · 财政收入：同比下降 1.3%，增幅在 5 个同级区域中排名第 5，居末位（黄灯）");
        assertThat(zh(red, REVENUE_ZH)).isEqualTo(
                "高新区 · 财政收入：同比下降 1.3%，增幅在 5 个同级区域中排名第 5，连续三个月居末位（红灯）");
        assertThat(en(red, REVENUE_EN)).isEqualTo("High-tech Zone · Fiscal revenue: growth -1.3%, rank 5 of 5 by "
                + "growth, last for three months running (red)");
        assertThat(en(last.rank(3, 2, 5).resolved(), REVENUE_EN)).isEqualTo(
                "High-tech Zone · Fiscal revenue: growth -1.3%, rank 3 of 5 by growth (resolved)");
    }

    @Test
    void rankDropSaysHowManyPlacesItFell() {
        E drop = E.of(AlertRule.RANK_DROP, Severity.YELLOW, "2026-06").growth("3.35", null, null).rank(7, -3, null);

        assertThat(zh(drop, REVENUE_ZH)).isEqualTo("高新区 · 财政收入：同比增长 3.4%，增幅排名第 7，较上月下降 3 位（黄灯）");
        assertThat(en(drop, REVENUE_EN)).isEqualTo("High-tech Zone · Fiscal revenue: growth +3.4%, rank 7 by growth, "
                + "down 3 places from last month (yellow)");
    }

    @Test
    void missingReportNamesTheReportingUnitAndTheMonths() {
        E missing = E.of(AlertRule.MISSING_REPORT, Severity.YELLOW, "2026-09")
                .missing("e7", List.of("2026-08", "2026-09"));

        assertThat(zh(missing, UNIT_ZH)).isEqualTo("甲镇 · 工业增加值 · 甲机械厂：2026年8月、2026年9月未报送（黄灯）");
        assertThat(en(missing, UNIT_EN)).isEqualTo(
                "Town A · Industrial value added · 甲机械厂: no figure for Aug 2026, Sep 2026 (yellow)");
        assertThat(zh(missing.resolved(), UNIT_ZH)).isEqualTo("甲镇 · 工业增加值 · 甲机械厂：应报月份均已报送（已解除）");
        assertThat(en(missing.resolved(), UNIT_EN)).endsWith(": every due month is reported (resolved)");
    }

    @Test
    void anEscalationSaysTheDueDatePassed() {
        E late = E.of(AlertRule.PROGRESS_LAG, Severity.YELLOW, "2026-10").progress("66.7", "83.3", "8")
                .escalated("2026-11-30");

        assertThat(zh(late, ZONE_ZH)).isEqualTo("高新区 · 竣工项目：1–10月累计 8 个，完成年度目标 66.7%，低于序时进度 83.3%"
                + "；整改期限 2026-11-30 已过仍未解除，已报上级（黄灯）");
        assertThat(en(late, ZONE_EN)).endsWith("expected by now; still firing after the action plan's due date "
                + "2026-11-30: escalated (yellow)");
        assertThat(AlertTexts.summary(late.event(), ZONE_ZH, Lang.ZH)).isEqualTo("升级 · 黄灯 · 高新区 · 竣工项目 · 进度滞后");
        assertThat(AlertTexts.summary(late.event(), ZONE_EN, Lang.EN))
                .isEqualTo("Escalated · Yellow · High-tech Zone · Projects completed · Behind schedule");
    }

    @Test
    void signToPileNamesTheRegionTheProjectAndTheDaysSinceSigning() {
        Labels signedZh = new Labels("高新区", "新签约项目", "个", null, Basis.CUMULATIVE, Better.HIGHER);
        Labels signedEn = new Labels("High-tech Zone", "Projects signed", "个", null, Basis.CUMULATIVE, Better.HIGHER);
        AlertEvent red = new AlertEvent(1, "a2", 2, TransitionKind.SEVERITY_CHANGED, AlertRule.SIGN_TO_PILE, "gxq",
                "projects_signed", 2026, null, "2026-01", AlertState.FIRING, Severity.RED, Severity.YELLOW, null, null,
                null, null, null, null, "rule text", Instant.EPOCH, Instant.EPOCH, null, null, null, null, "p-7",
                "智能装备产业园", 136);
        AlertEvent resolved = new AlertEvent(1, "a2", 3, TransitionKind.RESOLVED, AlertRule.SIGN_TO_PILE, "gxq",
                "projects_signed", 2026, null, "2026-01", AlertState.RESOLVED, Severity.RED, null, null, null, null,
                null, null, null, "rule text", Instant.EPOCH, Instant.EPOCH, null, null, null, null, "p-7", null, null);

        assertThat(AlertTexts.message(red, signedZh, Lang.ZH))
                .isEqualTo("高新区 · 新签约项目 · 智能装备产业园：签约已 136 天，仍未打桩（红灯）");
        assertThat(AlertTexts.message(red, signedEn, Lang.EN)).isEqualTo(
                "High-tech Zone · Projects signed · 智能装备产业园: signed 136 days ago, no pile yet (red)");
        assertThat(AlertTexts.summary(red, signedZh, Lang.ZH)).isEqualTo("红灯 · 高新区 · 新签约项目 · 智能装备产业园 · 签约超期未打桩");
        assertThat(AlertTexts.message(resolved, signedZh, Lang.ZH)).as("without a name, the id")
                .isEqualTo("高新区 · 新签约项目 · p-7：已打桩或已不在项目库中（已解除）");
        assertThat(AlertTexts.message(resolved, signedEn, Lang.EN))
                .endsWith("p-7: piled, or no longer in the register (resolved)");
    }

    @Test
    void aStockIsSaidAtTheMonthsEnd() {
        Labels stock = new Labels("高新区", "在库企业", "家", null, Basis.STOCK, Better.HIGHER);
        E lag = E.of(AlertRule.PROGRESS_LAG, Severity.RED, "2026-04").progress("10", "33.333", "12");

        assertThat(zh(lag, stock)).startsWith("高新区 · 在库企业：4月末 12 家，");
        assertThat(en(lag, stock)).startsWith("高新区 · 在库企业: 12 at the end of Apr, ");
    }

    @Test
    void theLanguageComesFromTheParameterOrTheAcceptLanguageHeader() {
        assertThat(Lang.parse("ZH")).isEqualTo(Lang.ZH);
        assertThat(Lang.parse("fr")).isNull();
        assertThat(Lang.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8", Lang.EN)).isEqualTo(Lang.ZH);
        assertThat(Lang.fromAcceptLanguage("en-US,en;q=0.9", Lang.ZH)).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage("fr-FR", Lang.EN)).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage(null, Lang.EN)).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage(";;;", Lang.ZH)).isEqualTo(Lang.ZH);
    }
}
