package io.pacer.bench;

import java.util.ArrayList;
import java.util.List;

import io.pacer.events.Basis;
import io.pacer.events.Better;

/**
 * An indicator of the benchmark city and the size of its figures: {@code scale} is a typical unit's monthly flow
 * (for STOCK, its level), in the indicator's unit. Mostly CUMULATIVE, as in Chinese monthly statistics, some
 * MONTHLY flows, two STOCK levels, one better=LOWER and two shares of industrial value added.
 */
record IndicatorSpec(String code, String name, String nameEn, String unit, Basis basis, Better better,
        String shareOf, double scale, boolean whole) {

    private static final List<IndicatorSpec> CATALOG = List.of(
            cumulative("industrial_va", "规上工业增加值", "Industrial value added", "万元", 800),
            share("hightech_va", "高新技术产业增加值", "High-tech value added", 300),
            share("sei_va", "战略性新兴产业增加值", "Strategic emerging industries value added", 250),
            cumulative("industrial_output", "规上工业总产值", "Industrial output", "万元", 3000),
            cumulative("fiscal_revenue", "财政收入", "Fiscal revenue", "万元", 150),
            cumulative("tax_revenue", "税收收入", "Tax revenue", "万元", 120),
            cumulative("retail_sales", "社会消费品零售总额", "Retail sales", "万元", 600),
            cumulative("fixed_investment", "固定资产投资", "Fixed-asset investment", "万元", 900),
            cumulative("industrial_investment", "工业性投入", "Industrial investment", "万元", 400),
            cumulative("exports", "出口额", "Exports", "万元", 350),
            cumulative("operating_revenue", "营业收入", "Operating revenue", "万元", 3500),
            cumulative("total_profit", "利润总额", "Total profit", "万元", 200),
            cumulative("rd_spending", "研发投入", "R&D spending", "万元", 80),
            new IndicatorSpec("energy_use", "综合能耗", "Energy use", "吨标准煤", Basis.CUMULATIVE, Better.LOWER, null,
                    500, false),
            monthly("electricity_use", "工业用电量", "Industrial electricity use", "万千瓦时", 120, false),
            monthly("new_orders", "新增订单", "New orders", "万元", 700, false),
            monthly("freight_volume", "货运量", "Freight volume", "万吨", 15, false),
            monthly("patents_filed", "专利申请", "Patent applications", "件", 3, true),
            new IndicatorSpec("employees", "从业人员期末人数", "Employees at month end", "人", Basis.STOCK,
                    Better.HIGHER, null, 300, true),
            new IndicatorSpec("loans_outstanding", "贷款余额", "Loans outstanding", "万元", Basis.STOCK, Better.HIGHER,
                    null, 5000, false));

    /** The first {@code count} of the catalogue, then plain CUMULATIVE indicators {@code indicator_21}, … */
    static List<IndicatorSpec> first(int count) {
        List<IndicatorSpec> specs = new ArrayList<>(CATALOG.subList(0, Math.min(count, CATALOG.size())));
        for (int k = CATALOG.size() + 1; k <= count; k++) {
            specs.add(cumulative("indicator_" + k, "指标" + k, "Indicator " + k, "万元", 100 + 10 * k));
        }
        return List.copyOf(specs);
    }

    private static IndicatorSpec cumulative(String code, String name, String nameEn, String unit, double scale) {
        return new IndicatorSpec(code, name, nameEn, unit, Basis.CUMULATIVE, Better.HIGHER, null, scale, false);
    }

    private static IndicatorSpec share(String code, String name, String nameEn, double scale) {
        return new IndicatorSpec(code, name, nameEn, "万元", Basis.CUMULATIVE, Better.HIGHER, "industrial_va", scale,
                false);
    }

    private static IndicatorSpec monthly(String code, String name, String nameEn, String unit, double scale,
            boolean whole) {
        return new IndicatorSpec(code, name, nameEn, unit, Basis.MONTHLY, Better.HIGHER, null, scale, whole);
    }
}
