package io.pacer.events;

import java.util.List;

/**
 * A record of {@link Topics#INBOX} that ingest-service did not accept, on {@link Topics#INBOX_REJECTED} under the
 * same key: where it was read ({@code inboxPartition}, {@code inboxOffset}), the HTTP status the same submission
 * would have been answered with over {@code POST /api/v1/submissions}, and every reason, each naming its field.
 */
public record InboxRejection(int schemaVersion, String key, int inboxPartition, long inboxOffset, int status,
        List<Error> errors) {

    public static final int SCHEMA_VERSION = 1;

    /** One reason: the field (a JSON path of the submission, {@code key}, or a header) and what is wrong with it. */
    public record Error(String field, String message) {
    }

    public InboxRejection {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public InboxRejection(String key, int inboxPartition, long inboxOffset, int status, List<Error> errors) {
        this(SCHEMA_VERSION, key, inboxPartition, inboxOffset, status, errors);
    }
}
