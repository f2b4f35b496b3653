package io.pacer.demo.data;

import java.util.List;

import io.pacer.demo.data.Docs.IndicatorDoc;
import io.pacer.events.Basis;
import io.pacer.events.Better;

/** The twelve indicators of the source speech, as DESIGN.md's demo table lists them. */
public final class DemoIndicators {

    public static final String FISCAL_REVENUE = "fiscal_revenue";
    public static final String INDUSTRIAL_VA = "industrial_va";
    public static final String EQUIPMENT_VA = "equipment_va";
    public static final String HIGHTECH_VA = "hightech_va";
    public static final String SEI_VA = "sei_va";
    public static final String PROJECTS_SIGNED = "projects_signed";
    public static final String PROJECTS_STARTED = "projects_started";
    public static final String PROJECTS_COMPLETED = "projects_completed";
    public static final String INDUSTRIAL_INVESTMENT = "industrial_investment";
    public static final String LAND_DEVELOPED = "land_developed";
    public static final String ISSUES_RESOLVED = "issues_resolved";
    public static final String ENERGY_USE = "energy_use";

    /** What a finance office, an investment office, a land office, a government office and an enterprise report. */
    static final List<String> FINANCE = List.of(FISCAL_REVENUE);
    static final List<String> INVESTMENT = List.of(PROJECTS_SIGNED, PROJECTS_STARTED, PROJECTS_COMPLETED,
            INDUSTRIAL_INVESTMENT);
    static final List<String> LAND = List.of(LAND_DEVELOPED);
    static final List<String> OFFICE = List.of(ISSUES_RESOLVED);
    static final List<String> ENTERPRISE = List.of(INDUSTRIAL_VA, EQUIPMENT_VA, HIGHTECH_VA, SEI_VA, ENERGY_USE);

    private DemoIndicators() {
    }

    public static List<IndicatorDoc> all() {
        return List.of(
                money(FISCAL_REVENUE, "财政收入", "Fiscal revenue", null),
                money(INDUSTRIAL_VA, "规上工业增加值", "Industrial value added (above designated size)", null),
                money(EQUIPMENT_VA, "装备制造业增加值", "Equipment manufacturing value added", INDUSTRIAL_VA),
                money(HIGHTECH_VA, "高新技术产业增加值", "High-tech industry value added", INDUSTRIAL_VA),
                money(SEI_VA, "战略性新兴产业增加值", "Strategic emerging industries value added", INDUSTRIAL_VA),
                cumulative(PROJECTS_SIGNED, "新签约项目", "Projects signed", "个", Better.HIGHER),
                cumulative(PROJECTS_STARTED, "亿元以上项目新开工", "Projects over 100 million yuan started", "个",
                        Better.HIGHER),
                cumulative(PROJECTS_COMPLETED, "亿元以上项目竣工", "Projects over 100 million yuan completed", "个",
                        Better.HIGHER),
                money(INDUSTRIAL_INVESTMENT, "工业性投入", "Industrial investment", null),
                cumulative(LAND_DEVELOPED, "平台拓展提升", "Platform land developed", "亩", Better.HIGHER),
                cumulative(ISSUES_RESOLVED, "解决发展和民生问题", "Development and livelihood issues resolved", "项",
                        Better.HIGHER),
                cumulative(ENERGY_USE, "综合能耗", "Total energy consumption", "吨标准煤", Better.LOWER));
    }

    private static IndicatorDoc money(String code, String name, String nameEn, String shareOf) {
        return new IndicatorDoc(code, name, nameEn, "万元", Basis.CUMULATIVE, Better.HIGHER, shareOf, true);
    }

    private static IndicatorDoc cumulative(String code, String name, String nameEn, String unit, Better better) {
        return new IndicatorDoc(code, name, nameEn, unit, Basis.CUMULATIVE, better, null, true);
    }
}
