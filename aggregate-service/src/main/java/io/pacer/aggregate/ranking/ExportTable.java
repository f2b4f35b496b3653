package io.pacer.aggregate.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ranking laid out for a spreadsheet: bilingual headers (a statistics office reads the Chinese, a script the
 * English), one line per row of the JSON ranking in the same order. Values keep their full precision; the
 * percentages are rounded to one decimal, half up, because DESIGN.md keeps rounding for display and export.
 * Reported and expected are two numeric columns, not "3/4", which Excel would turn into a date.
 */
record ExportTable(String title, List<Column> columns, List<List<Object>> rows) {

    enum Kind { INTEGER, TEXT, VALUE, PERCENT }

    record Column(String header, Kind kind) {
    }

    static ExportTable of(Views.Ranking ranking, String parentName, String indicatorName, String unit) {
        String inUnit = unit == null || unit.isBlank() ? "" : " (" + unit + ")";
        List<Column> columns = List.of(new Column("排名 Rank", Kind.INTEGER),
                new Column("排名变化 Rank change", Kind.INTEGER), new Column("地区代码 Region ID", Kind.TEXT),
                new Column("地区 Region", Kind.TEXT), new Column("本年累计 YTD" + inUnit, Kind.VALUE),
                new Column("上年同期 Prior YTD" + inUnit, Kind.VALUE), new Column("同比增幅% Growth %", Kind.PERCENT),
                new Column("占比% Share %", Kind.PERCENT), new Column("已报 Reported", Kind.INTEGER),
                new Column("应报 Expected", Kind.INTEGER));
        List<List<Object>> rows = new ArrayList<>();
        for (Views.Row r : ranking.rows()) {
            rows.add(Arrays.asList(r.rank(), r.rankChange(), r.regionId(), r.regionName(), r.ytd(), r.priorYtd(),
                    percent(r.growthPct()), percent(r.sharePct()), r.reported(), r.expected()));
        }
        String title = String.join(" · ", parentName, indicatorName + inUnit, ranking.period(), byLabel(ranking.by()));
        return new ExportTable(title, columns, rows);
    }

    /** The name a download gets: ranking-parent-indicator-period-by. */
    static String baseName(Views.Ranking ranking) {
        return String.join("-", "ranking", ranking.parent(), ranking.indicator(), ranking.period(), ranking.by());
    }

    static BigDecimal percent(Double pct) {
        return pct == null ? null : BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_UP);
    }

    private static String byLabel(String by) {
        return switch (by) {
            case "growth" -> "按增幅排名 by growth";
            case "share" -> "按占比排名 by share";
            default -> "按总量排名 by value";
        };
    }
}
