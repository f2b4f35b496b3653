package io.pacer.alert.text;

import static io.pacer.alert.text.Numbers.amount;
import static io.pacer.alert.text.Numbers.pct;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Period;
import io.pacer.events.Severity;

/** The English texts. Units of the registers are written in Chinese; the usual ones are put into English. */
final class EnPhrases implements Phrasebook {

    private static final Map<String, String> UNITS = Map.of("万元", "×10k yuan", "亿元", "×100M yuan", "元", "yuan",
            "亩", "mu", "吨标准煤", "tce", "个", "", "项", "", "家", "", "户", "");

    @Override
    public String colon() {
        return ": ";
    }

    @Override
    public String progressLag(AlertEvent e, Labels l, boolean firing) {
        return ytd(e, l) + pct(e.progressPct()) + "% of the annual target, " + (firing ? "behind the " : "against ")
                + pct(e.expectedPct()) + "% expected by now";
    }

    @Override
    public String forecastMiss(AlertEvent e, Labels l, boolean firing) {
        return ytd(e, l) + pct(e.progressPct()) + "% of the annual target; at this pace the year ends at "
                + pct(e.expectedPct()) + "% of it" + (firing ? ", short of the target" : "");
    }

    @Override
    public String growthLag(AlertEvent e, Labels l, boolean firing) {
        String against = !firing ? "against" : l.better() == Better.LOWER ? "above" : "below";
        return ytd(e, l) + "growth " + signed(e.growthPct()) + " year on year, " + against + " the "
                + signed(e.growthTargetPct()) + " target";
    }

    @Override
    public String rankBottom(AlertEvent e, Labels l, boolean firing) {
        String last = !firing ? "" : e.severity() == Severity.RED ? ", last for three months running" : ", last";
        return ytd(e, l) + "growth " + signed(e.growthPct()) + ", rank " + e.rank() + " of "
                + (e.rankedCount() == null ? "?" : e.rankedCount()) + " by growth" + last;
    }

    @Override
    public String rankDrop(AlertEvent e, Labels l) {
        Integer change = e.rankChange();
        String move = change == null || change == 0 ? "unchanged from last month"
                : change < 0 ? "down " + -change + " places from last month" : "up " + change + " places from last month";
        return ytd(e, l) + "growth " + signed(e.growthPct()) + ", rank " + e.rank() + " by growth, " + move;
    }

    @Override
    public String missingReport(AlertEvent e, boolean firing) {
        if (!firing) {
            return "every due month is reported";
        }
        List<String> months = e.missingPeriods() == null || e.missingPeriods().isEmpty() ? List.of(e.period())
                : e.missingPeriods();
        return "no figure for " + months.stream().map(Period::parse).map(p -> monthName(p.month()) + " " + p.year())
                .collect(Collectors.joining(", "));
    }

    @Override
    public String signToPile(AlertEvent e, boolean firing) {
        if (!firing) {
            return "piled, or no longer in the register";
        }
        return "signed " + (e.daysSinceSigned() == null ? "?" : e.daysSinceSigned()) + " days ago, no pile yet";
    }

    @Override
    public String escalated(String dueDate) {
        return "; still firing after the action plan's due date" + (dueDate == null ? "" : " " + dueDate)
                + ": escalated";
    }

    @Override
    public String closing(Severity severity, boolean resolved) {
        return " (" + lightName(severity, resolved).toLowerCase(Locale.ROOT) + ")";
    }

    @Override
    public String ruleName(AlertRule rule) {
        return switch (rule) {
            case PROGRESS_LAG -> "Behind schedule";
            case GROWTH_LAG -> "Growth below target";
            case RANK_BOTTOM -> "Last in growth";
            case RANK_DROP -> "Rank dropped";
            case MISSING_REPORT -> "Report missing";
            case FORECAST_MISS -> "Forecast misses target";
            case SIGN_TO_PILE -> "No pile after signing";
            default -> rule.name();
        };
    }

    @Override
    public String lightName(Severity severity, boolean resolved) {
        return resolved ? "Resolved" : severity == Severity.RED ? "Red" : "Yellow";
    }

    @Override
    public String escalationMark() {
        return "Escalated";
    }

    /** "8 in Jan–Oct, " (a stock: "8 at the end of Oct, "); nothing when the alert has no year-to-date. */
    private static String ytd(AlertEvent e, Labels l) {
        if (e.ytd() == null || e.period() == null) {
            return "";
        }
        int m = Period.parse(e.period()).month();
        String span = l.basis() == Basis.STOCK ? " at the end of " + monthName(m)
                : m == 1 ? " in Jan" : " in Jan–" + monthName(m);
        String unit = l.unit() == null ? "" : UNITS.getOrDefault(l.unit(), l.unit());
        return amount(e.ytd()) + (unit.isBlank() ? "" : " " + unit) + span + ", ";
    }

    private static String signed(BigDecimal value) {
        return value == null ? "unknown" : (value.signum() > 0 ? "+" : "") + pct(value) + "%";
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
