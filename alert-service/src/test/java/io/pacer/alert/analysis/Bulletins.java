package io.pacer.alert.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.pacer.alert.text.Lang;
import io.pacer.events.AlertRule;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Indicator;

/** Object Mother of bulletin findings for district d1: the High-tech Zone (gxq) and towns A to D. */
final class Bulletins {

    static final Indicator REVENUE = new Indicator("fiscal_revenue", "财政收入", "Fiscal revenue", "万元",
            Basis.CUMULATIVE, Better.HIGHER, null, true);
    static final Map<String, String> ZH = Map.of("gxq", "高新区", "ta", "甲镇", "tb", "乙镇", "tc", "丙镇", "td", "丁镇");
    static final Map<String, String> EN = Map.of("gxq", "High-tech Zone", "ta", "Town A", "tb", "Town B", "tc",
            "Town C", "td", "Town D");

    private Bulletins() {
    }

    static Findings.Mark mark(String region, String value) {
        return new Findings.Mark(region, new BigDecimal(value));
    }

    /** Fiscal revenue: gxq leads growth (59.2083 %) and share; ta is red twice; tb rose 2 places, ta fell 3. */
    static Findings revenue() {
        List<Findings.Mark> byGrowth = List.of(mark("gxq", "59.2083"), mark("tb", "12.05"), mark("tc", "3"),
                mark("td", "-1.25"), mark("ta", "-3.45"));
        return new Findings(REVENUE, List.of(byGrowth.get(0)), List.of(mark("gxq", "35.44")),
                List.of(new Findings.Red("ta", List.of(AlertRule.PROGRESS_LAG, AlertRule.GROWTH_LAG))),
                List.of(mark("tb", "2"), mark("ta", "-3")), byGrowth);
    }

    static BulletinTexts zh() {
        return new BulletinTexts(Lang.ZH, ZH::get);
    }

    static BulletinTexts en() {
        return new BulletinTexts(Lang.EN, EN::get);
    }
}
