package io.pacer.ingest.xlsx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellTest {

    @Test
    void aNumericCellIsReadToExcelsFifteenSignificantDigits() {
        assertThat(new Cell(Cell.Kind.NUMBER, "0.30000000000000004").number().value()).isEqualByComparingTo("0.3");
        assertThat(new Cell(Cell.Kind.NUMBER, "1234.5").number().value()).isEqualByComparingTo("1234.5");
        assertThat(new Cell(Cell.Kind.NUMBER, "1.1234567").number().value().toPlainString()).isEqualTo("1.1234567");
    }

    @Test
    void aTextCellHoldingAPlainDecimalIsThatNumberExactly() {
        assertThat(new Cell(Cell.Kind.TEXT, " 24600.50 ").number().value().toPlainString()).isEqualTo("24600.50");
        assertThat(new Cell(Cell.Kind.TEXT, "1e-100000000").number().value().scale()).isEqualTo(100000000);
    }

    @Test
    void textBooleansErrorsAndUnsavedFormulasAreNotNumbersAndSaySo() {
        assertThat(new Cell(Cell.Kind.TEXT, "12,345").number().problem()).isEqualTo("'12,345' is not a number");
        assertThat(new Cell(Cell.Kind.BOOLEAN, "1").number().problem()).isEqualTo("is TRUE, not a number");
        assertThat(new Cell(Cell.Kind.ERROR, "#DIV/0!").number().problem()).contains("#DIV/0!");
        assertThat(new Cell(Cell.Kind.FORMULA_WITHOUT_RESULT, "").number().problem())
                .contains("formula whose result was not saved");
        assertThat(new Cell(Cell.Kind.TEXT, "9".repeat(300)).number().problem())
                .isEqualTo("is longer than 256 characters");
    }

    @Test
    void aNumberAsTextIsItsPlainDigitsUnlessItHasAHugeExponent() {
        assertThat(new Cell(Cell.Kind.NUMBER, "110105").asText()).isEqualTo("110105");
        assertThat(new Cell(Cell.Kind.NUMBER, "1.5E3").asText()).isEqualTo("1500");
        assertThat(new Cell(Cell.Kind.NUMBER, "1E+999999999").asText()).isEqualTo("1E+999999999");
    }

    @Test
    void aHeaderKeyIsTheLabelsLastWordInLowerCase() {
        assertThat(SheetRow.key("指标代码 code")).isEqualTo("code");
        assertThat(SheetRow.key(" 英文名称\u3000nameEn ")).isEqualTo("nameen");
        assertThat(SheetRow.key("value")).isEqualTo("value");
    }
}
