package io.pacer.ingest.register;

import java.util.List;
import java.util.Map;

/**
 * The registers workbook: sheets {@code regions}, {@code indicators} and {@code entities}, each with a header row
 * naming the JSON fields of {@code POST /api/v1/reference} (a Chinese label may precede the field: {@code 名称 name};
 * the last word counts, in any case), then one row per element. Other features add sheets of their own after
 * these ({@link WorkbookSheet}: the project register's {@code projects}).
 */
final class RegisterSheets {

    static final String REGIONS = "regions";
    static final String INDICATORS = "indicators";
    static final String ENTITIES = "entities";

    /** Per sheet, its columns: the field and its label. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            REGIONS, List.of("区划代码 id", "名称 name", "英文名称 nameEn", "上级区划 parentId", "层级 level"),
            INDICATORS, List.of("指标代码 code", "名称 name", "英文名称 nameEn", "计量单位 unit", "口径 basis",
                    "方向 better", "占比分母 shareOf", "非负 nonNegative"),
            ENTITIES, List.of("单位代码 id", "名称 name", "类型 type", "所在区划 regionId", "报送指标 indicators"));

    static final List<String> SHEETS = List.of(REGIONS, INDICATORS, ENTITIES);

    private RegisterSheets() {
    }

    /** Where element {@code index} of a sheet is, given the rows the elements came from. */
    static RegisterService.Elements rows(Map<String, List<Integer>> rows) {
        return (list, index) -> list + " row " + rows.get(list).get(index) + ": ";
    }
}
