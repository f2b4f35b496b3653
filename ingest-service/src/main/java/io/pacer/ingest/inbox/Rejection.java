package io.pacer.ingest.inbox;

import java.util.List;

import io.pacer.events.InboxRejection;
import io.pacer.support.web.FieldIssue;

/**
 * Why an inbox record is not accepted: the HTTP status {@code POST /api/v1/submissions} would have answered with
 * the same submission and token, and the same field issues. Becomes an {@link InboxRejection} on
 * {@code pacer.inbox.rejected}.
 */
record Rejection(int status, List<FieldIssue> errors) {

    static final String KEY = "key";
    static final String TOKEN_HEADER = "pacer-token";

    Rejection {
        errors = List.copyOf(errors);
    }

    static Rejection of(int status, String field, String message) {
        return new Rejection(status, List.of(new FieldIssue(field, message)));
    }

    /** The event for the record at {@code partition}/{@code offset} of the inbox, under its key. */
    InboxRejection event(String key, int partition, long offset) {
        return new InboxRejection(key, partition, offset, status,
                errors.stream().map(e -> new InboxRejection.Error(e.field(), e.message())).toList());
    }
}
