package io.pacer.alert.text;

import static io.pacer.alert.text.Numbers.amount;
import static io.pacer.alert.text.Numbers.pct;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Period;
import io.pacer.events.Severity;

/** The Chinese texts, as statistics offices word them (累计, 序时进度, 同比, 黄灯/红灯). */
final class ZhPhrases implements Phrasebook {

    @Override
    public String colon() {
        return "：";
    }

    @Override
    public String progressLag(AlertEvent e, Labels l, boolean firing) {
        return ytd(e, l) + "完成年度目标 " + pct(e.progressPct()) + "%，" + (firing ? "低于序时进度 " : "序时进度 ")
                + pct(e.expectedPct()) + "%";
    }

    @Override
    public String forecastMiss(AlertEvent e, Labels l, boolean firing) {
        return ytd(e, l) + "完成年度目标 " + pct(e.progressPct()) + "%，按当前进度预计全年完成 " + pct(e.expectedPct())
                + "%" + (firing ? "，难以完成年度目标" : "");
    }

    @Override
    public String growthLag(AlertEvent e, Labels l, boolean firing) {
        String against = !firing ? "目标增幅 " : l.better() == Better.LOWER ? "高于目标增幅 " : "低于目标增幅 ";
        return ytd(e, l) + growth(e.growthPct()) + "，" + against + pct(e.growthTargetPct()) + "%";
    }

    @Override
    public String rankBottom(AlertEvent e, Labels l, boolean firing) {
        String standing = "增幅在 " + (e.rankedCount() == null ? "?" : e.rankedCount()) + " 个同级区域中排名第 "
                + e.rank();
        String last = !firing ? "" : e.severity() == Severity.RED ? "，连续三个月居末位" : "，居末位";
        return ytd(e, l) + growth(e.growthPct()) + "，" + standing + last;
    }

    @Override
    public String rankDrop(AlertEvent e, Labels l) {
        Integer change = e.rankChange();
        String move = change == null || change == 0 ? "与上月持平"
                : change < 0 ? "较上月下降 " + -change + " 位" : "较上月上升 " + change + " 位";
        return ytd(e, l) + growth(e.growthPct()) + "，增幅排名第 " + e.rank() + "，" + move;
    }

    @Override
    public String missingReport(AlertEvent e, boolean firing) {
        if (!firing) {
            return "应报月份均已报送";
        }
        List<String> months = e.missingPeriods() == null || e.missingPeriods().isEmpty() ? List.of(e.period())
                : e.missingPeriods();
        return months.stream().map(Period::parse).map(p -> p.year() + "年" + p.month() + "月")
                .collect(Collectors.joining("、")) + "未报送";
    }

    @Override
    public String signToPile(AlertEvent e, boolean firing) {
        if (!firing) {
            return "已打桩或已不在项目库中";
        }
        return "签约已 " + (e.daysSinceSigned() == null ? "?" : e.daysSinceSigned()) + " 天，仍未打桩";
    }

    @Override
    public String escalated(String dueDate) {
        return "；整改期限 " + (dueDate == null ? "" : dueDate + " ") + "已过仍未解除，已报上级";
    }

    @Override
    public String closing(Severity severity, boolean resolved) {
        return "（" + lightName(severity, resolved) + "）";
    }

    @Override
    public String ruleName(AlertRule rule) {
        return switch (rule) {
            case PROGRESS_LAG -> "进度滞后";
            case GROWTH_LAG -> "增幅未达标";
            case RANK_BOTTOM -> "增幅排名末位";
            case RANK_DROP -> "排名下滑";
            case MISSING_REPORT -> "未按时报送";
            case FORECAST_MISS -> "预计完不成年度目标";
            case SIGN_TO_PILE -> "签约超期未打桩";
            default -> rule.name();
        };
    }

    @Override
    public String lightName(Severity severity, boolean resolved) {
        return resolved ? "已解除" : severity == Severity.RED ? "红灯" : "黄灯";
    }

    @Override
    public String escalationMark() {
        return "升级";
    }

    /** "1–10月累计 8 个，" (a stock: "10月末 8 个，"); nothing when the alert has no year-to-date. */
    private static String ytd(AlertEvent e, Labels l) {
        if (e.ytd() == null || e.period() == null) {
            return "";
        }
        int m = Period.parse(e.period()).month();
        String span = l.basis() == Basis.STOCK ? m + "月末 " : m == 1 ? "1月累计 " : "1–" + m + "月累计 ";
        String unit = l.unit() == null || l.unit().isBlank() ? "" : " " + l.unit();
        return span + amount(e.ytd()) + unit + "，";
    }

    private static String growth(BigDecimal growth) {
        if (growth == null) {
            return "同比增幅未知";
        }
        return growth.signum() < 0 ? "同比下降 " + pct(growth.negate()) + "%" : "同比增长 " + pct(growth) + "%";
    }
}
