package io.pacer.e2e;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A factory of its own for the reporters' page test, registered through ingest-service's API: 样板精密机械有限公司
 * (rp-factory) in a town of its own, reporting revenue (CUMULATIVE), power use (MONTHLY), gross output
 * (CUMULATIVE) and staff (STOCK). It has reported the month before {@link #PERIOD} (revenue 1000, power 80, staff
 * 120) and revenue for {@link #PERIOD} a year earlier (900).
 */
final class ReportingFactory {

    static final String ENTITY = "rp-factory";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Last month in Asia/Shanghai: the month the page opens on. */
    static final YearMonth PERIOD = YearMonth.now(SHANGHAI).minusMonths(1);

    private ReportingFactory() {
    }

    /** Registers the factory, sends its earlier months, and returns its reporter's token. */
    static String register(Stack stack) {
        Http.send("POST", stack.ingest() + "/api/v1/reference", stack.adminToken, Map.of(
                "regions", List.of(region("rp-city", "样板市", "CITY", ""), region("rp-district", "样板区", "DISTRICT",
                        "rp-city"), region("rp-town", "样板镇", "TOWN", "rp-district")),
                "indicators", List.of(indicator("rp_revenue", "营业收入", "Revenue", "万元", "CUMULATIVE"),
                        indicator("rp_power", "用电量", "Power use", "万千瓦时", "MONTHLY"),
                        indicator("rp_output", "工业总产值", "Gross output", "万元", "CUMULATIVE"),
                        indicator("rp_staff", "从业人员", "Staff", "人", "STOCK")),
                "entities", List.of(Map.of("id", ENTITY, "name", "样板精密机械有限公司", "type", "ENTERPRISE",
                        "regionId", "rp-town", "indicators", List.of("rp_revenue", "rp_power", "rp_output",
                                "rp_staff"))))).expect(200);
        String reporter = Http.send("POST", stack.ingest() + "/api/v1/tokens", stack.adminToken,
                Map.of("role", "REPORTER", "entityIds", List.of(ENTITY))).expect(201).json().get("token").asString();
        submit(stack, reporter, PERIOD.minusMonths(1), List.of(figure("rp_revenue", 1000), figure("rp_power", 80),
                figure("rp_staff", 120)));
        submit(stack, reporter, PERIOD.minusYears(1), List.of(figure("rp_revenue", 900)));
        return reporter;
    }

    /** The factory's submissions for a month, newest first, as its reporter reads them. */
    static JsonNode history(Stack stack, String reporter, YearMonth period) {
        return Http.get(stack.ingest() + "/api/v1/submissions?entityId=" + ENTITY + "&period=" + period, reporter);
    }

    private static void submit(Stack stack, String reporter, YearMonth period, List<Map<String, Object>> figures) {
        Http.send("POST", stack.ingest() + "/api/v1/submissions", reporter,
                Map.of("entityId", ENTITY, "period", period.toString(), "figures", figures)).expect(202);
    }

    private static Map<String, Object> figure(String indicator, int value) {
        return Map.of("indicator", indicator, "value", value);
    }

    private static Map<String, Object> region(String id, String name, String level, String parentId) {
        return Map.of("id", id, "name", name, "nameEn", id, "level", level, "parentId", parentId);
    }

    private static Map<String, Object> indicator(String code, String name, String nameEn, String unit, String basis) {
        return Map.of("code", code, "name", name, "nameEn", nameEn, "unit", unit, "basis", basis, "better", "HIGHER",
                "nonNegative", true);
    }
}
