package io.pacer.aggregate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.pacer.events.Basis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearToDateTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MONTHLY    | 10,20,30       | 10,30,60
            MONTHLY    | 10,_,30        | 10,10,40
            MONTHLY    | _,_,5          | _,_,5
            MONTHLY    | _,_,_          | _,_,_
            MONTHLY    | 0,_,_          | 0,0,0
            MONTHLY    | 1.5,2.25,_     | 1.5,3.75,3.75
            CUMULATIVE | 10,25,45       | 10,25,45
            CUMULATIVE | 10,_,45        | 10,10,45
            CUMULATIVE | _,25,_         | _,25,25
            CUMULATIVE | _,_,_          | _,_,_
            CUMULATIVE | 10,0,_         | 10,0,0
            STOCK      | 100,90,_       | 100,90,90
            STOCK      | _,_,70         | _,_,70
            STOCK      | 100,_,80       | 100,100,80
            """)
    void aMissingMonthAddsNoFlowAndChangesNoLevel(Basis basis, String months, String expected) {
        assertThat(Mother.text(YearToDate.byMonth(basis, Mother.months(months)), 3)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"MONTHLY", "CUMULATIVE", "STOCK"})
    void aSeriesWithNoValueUpToAMonthHasNoYearToDateThereNotZero(Basis basis) {
        BigDecimal[] ytd = YearToDate.byMonth(basis, Mother.months("_,_,_,7"));
        assertThat(ytd[2]).isNull();
        assertThat(ytd[3]).isEqualByComparingTo("7");
        assertThat(ytd[11]).isEqualByComparingTo("7");
    }
}
