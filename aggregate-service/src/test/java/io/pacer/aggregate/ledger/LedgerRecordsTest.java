package io.pacer.aggregate.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import io.pacer.events.SubmissionRecord;
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
            own parent                | "parentRegionId":"D1"=>"parentRegionId":"T1" | are both T1
            """)
    void recordsThatCanNeverBeAppliedArePoisonWithTheirReason(String name, String edit, String reason) {
        String json = edit.equals("''") ? "" : edit.equals("null") ? "null" : edit.contains("=>") ? GOOD.replace(
                edit.substring(0, edit.indexOf("=>")), edit.substring(edit.indexOf("=>") + 2)) : edit;
        assertThatThrownBy(() -> LedgerRecords.submission(bytes(json)))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining(reason);
    }

    @Test
    void regionTotalsNeedTwelveCompleteMonths() {
        assertThatThrownBy(() -> LedgerRecords.totals(bytes("""
                {"schemaVersion":1,"regionId":"D1","parentId":"C","indicator":"rev","year":2026,"months":[]}""")))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("12");
    }
}
