package io.pacer.ingest.submission;

import java.util.List;

/**
 * The reporters' Excel template, as written by the template download and read back by the xlsx upload. Every label
 * is Chinese then English, and its last word is the key the upload goes by: column A of the header area holds
 * {@code entity_id} and {@code period} labels with their values in column B; the table's header row starts with
 * {@code code}; below it, one row per indicator. Only {@code code}, {@code value} and {@code prior_year_value} are
 * read back; the other columns are there for the reporter.
 */
public final class TemplateLayout {

    public static final String SHEET = "填报 Report";
    public static final String TITLE = "Pacer 月度填报 Monthly report";
    public static final String ENTITY_ID = "entity_id";
    public static final String PERIOD = "period";
    public static final String CODE = "code";
    public static final String VALUE = "value";
    public static final String PRIOR_YEAR_VALUE = "prior_year_value";

    /** The header area, one label and value per row from row 2 (index 1). */
    public static final List<String> AREA = List.of("单位代码 " + ENTITY_ID, "单位名称 entity_name",
            "报告期 " + PERIOD, "报送截止 due_by", "说明 how_to");
    public static final String HOW_TO = "只填写“本期数值”列，留空表示本期不报该指标；上年同期数可补填。"
            + " Fill in the value column (leave it empty to skip an indicator); add last year's value if it is missing.";

    /** The table's columns, A onwards. */
    public static final List<String> COLUMNS = List.of("指标代码 " + CODE, "指标名称 name", "计量单位 unit",
            "本期数值 " + VALUE, "上年同期 " + PRIOR_YEAR_VALUE, "上月数值 previous_value", "本期已报 submitted_value");
    /** The 0-based index of the table's header row: after the title, the area and an empty row. */
    public static final int HEADER_ROW = AREA.size() + 2;

    private TemplateLayout() {
    }

    /** The column index of {@code key} in {@link #COLUMNS}. */
    public static int column(String key) {
        for (int k = 0; k < COLUMNS.size(); k++) {
            if (COLUMNS.get(k).endsWith(" " + key)) {
                return k;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
