package io.pacer.aggregate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import io.pacer.events.LedgerScanner;
import io.pacer.events.SubmissionRecord;
import io.pacer.support.kafka.PoisonRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerRecordsTest {

    private static final String GOOD = """
            {"schemaVersion":1,"submissionId":"s1","entityId":"e1","regionId":"T1","parentRegionId":"D1",
             "indicator":"rev","basis":"CUMULATIVE","period":"2026-02","value":24600.10,"priorYearValue":null,
             "acceptedAt":"2026-03-05T08:00:00Z","warnings":[],"futureField":"ignored"}""";

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWellFormedRecordIsReadExactlyAndUnknownFieldsAreIgnored() {
        SubmissionRecord r = LedgerRecords.submission(bytes(GOOD));
        assertThat(r.value()).isEqualByComparingTo("24600.10");
        assertThat(r.value().scale()).isEqualTo(2);
        assertThat(r.priorYearValue()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                  | {not json                                   | not a SubmissionRecord
            empty                     | ''                                          | empty record
            JSON null                 | null                                        | null
            no entity                 | "entityId":"e1",=>                          | entityId is missing
            no indicator              | "indicator":"rev",=>                        | indicator is missing
            no parent                 | "parentRegionId":"D1",=>                    | parentRegionId is missing
            no region                 | "regionId":"T1",=>                          | regionId is missing
            no basis                  | "basis":"CUMULATIVE",=>                     | basis is missing
            unknown basis             | "CUMULATIVE"=>"YEARLY"                      | not a SubmissionRecord
            no value                  | "value":24600.10,=>                         | value is missing
            value not a number        | 24600.10=>"lots"                            | not a SubmissionRecord
            bad period                | 2026-02=>2026-13                            | period must be YYYY-MM
            year out of range         | 2026-02=>0999-02                            | period must be YYYY-MM
            no year before it         | 2026-02=>1000-02                            | year must be within 1001..9998
            no year after it          | 2026-02=>9999-02                            | year must be within 1001..9998
            own parent                | "parentRegionId":"D1"=>"parentRegionId":"T1" | are both T1
            a hundred million decimals | 24600.10=>1e-100000000                     | value has more than 6 decimals
            a zero's huge scale       | 24600.10=>0E-100000000                      | value has more than 6 decimals
            seven decimals            | 24600.10=>0.1234567                         | value has more than 6 decimals
            a huge exponent           | 24600.10=>1e100000000                       | value must be within ±1e15
            just over the limit       | 24600.10=>1000000000000000.000001           | value must be within ±1e15
            hostile prior year value  | "priorYearValue":null=>"priorYearValue":-1E-999999999 | priorYearValue has more
            blank entity              | "entityId":"e1"=>"entityId":" "             | entityId is missing
            a 65-character entity id  | "e1"=>"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee" | entityId is longer than 64
            a control character       | "T1"=>"T\\u0007"                             | regionId holds a control character
            indicator a number        | "rev"=>42                                   | not a SubmissionRecord
            late not a boolean        | "warnings":[]=>"warnings":[],"late":"maybe" | not a SubmissionRecord
            late an object            | "warnings":[]=>"warnings":[],"late":{}      | not a SubmissionRecord
            """)
    void recordsThatCanNeverBeAppliedArePoisonWithTheirReason(String name, String edit, String reason) {
        String json = edit.equals("''") ? "" : edit.equals("null") ? "null" : edit.contains("=>") ? GOOD.replace(
                edit.substring(0, edit.indexOf("=>")), edit.substring(edit.indexOf("=>") + 2)) : edit;
        assertThatThrownBy(() -> LedgerRecords.submission(bytes(json)))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the limit itself       | 1e15
            minus the limit        | -1000000000000000.000000
            six decimals           | 0.123456
            trailing zeros dropped | 1.5000000000000000000000000
            a zero                 | 0.000000
            an exponent            | 2.5E+3
            """)
    void valuesWithinTheLimitWithAtMostSixDecimalsAreRead(String name, String value) {
        SubmissionRecord r = LedgerRecords.submission(bytes(GOOD.replace("24600.10", value)));
        assertThat(r.value()).isEqualByComparingTo(value);
    }

    @Test
    void aHostileNumberIsQuotedInAtMostFortyCharacters() {
        String digits = "1." + "0".repeat(900) + "1";
        assertThatThrownBy(() -> LedgerRecords.submission(bytes(GOOD.replace("24600.10", digits))))
                .isInstanceOf(PoisonRecordException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    }

    @Test
    void regionTotalsWithAHostileSumArePoison() {
        String month = """
                {"ytdSum":%s,"ytdCount":1,"comparableYtd":0,"comparablePrior":0,"comparableCount":0,"reported":1,
                 "expected":1}""";
        String months = String.join(",", java.util.Collections.nCopies(11, month.formatted("1")));
        assertThatThrownBy(() -> LedgerRecords.totals(bytes("""
                {"schemaVersion":1,"regionId":"D1","parentId":"C","indicator":"rev","year":2026,"months":[%s,%s]}"""
                .formatted(months, month.formatted("1e-100000000")))))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("ytdSum has more than 6 decimals");
    }

    @Test
    void regionTotalsNeedTwelveCompleteMonths() {
        assertThatThrownBy(() -> LedgerRecords.totals(bytes("""
                {"schemaVersion":1,"regionId":"D1","parentId":"C","indicator":"rev","year":2026,"months":[]}""")))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("12");
    }

    @Test
    void aRecordTheFastScannerReadsGoesThroughTheSameChecks() {
        String json = "{\"entityId\":\"e1\",\"indicator\":\"rev\",\"regionId\":\"T1\",\"parentRegionId\":\"T1\","
                + "\"basis\":\"STOCK\",\"value\":1,\"period\":\"2026-01\"}";
        assertThatThrownBy(() -> LedgerRecords.submission(bytes(json), new LedgerScanner())).isInstanceOf(PoisonRecordException.class).hasMessageContaining("are both T1");
    }
}
