package io.pacer.ingest.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pacer.events.InboxRejection;
import io.pacer.events.PacerJson;
import io.pacer.support.web.FieldIssue;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionTest {

    @Test
    void aRejectionBecomesTheEventOfTheRecordItWasReadFrom() {
        Rejection rejection = new Rejection(422, List.of(new FieldIssue("period", "is required (YYYY-MM)"),
                new FieldIssue("figures[0].value", "is required: a finite JSON number")));

        InboxRejection event = rejection.event("dept-42", 2, 17L);

        assertThat(event).isEqualTo(new InboxRejection(1, "dept-42", 2, 17L, 422, List.of(
                new InboxRejection.Error("period", "is required (YYYY-MM)"),
                new InboxRejection.Error("figures[0].value", "is required: a finite JSON number"))));
    }

    @Test
    void theEventIsWrittenWithTheFieldsOfTheContract() {
        String json = new String(PacerJson.write(Rejection.of(409, "key", "taken").event("k", 0, 3L)),
                StandardCharsets.UTF_8);

        assertThat(PacerJson.mapper().readTree(json).propertyNames()).containsExactlyInAnyOrder("schemaVersion",
                "key", "inboxPartition", "inboxOffset", "status", "errors");
        assertThat(json).contains("\"errors\":[{\"field\":\"key\",\"message\":\"taken\"}]");
    }
}
