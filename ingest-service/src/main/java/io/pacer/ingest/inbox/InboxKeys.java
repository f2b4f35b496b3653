package io.pacer.ingest.inbox;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pacer.ingest.submission.SubmissionRequest;
import io.pacer.support.security.TokenHashing;

/**
 * The idempotency decision for one poll. A sender's key is scoped by the entity its submission is for (two
 * senders reporting for different entities cannot collide, and a token rotated between two sends of the same
 * submission does not make it count twice). A key that was accepted before:
 * <ul>
 * <li>with the same content (same entity, period, note, and figures whatever their order, numbers compared by
 * value, so {@code 1.50} equals {@code 1.5}) is a duplicate: it counts once, nothing is published;</li>
 * <li>with other content is a conflict (409): a corrected submission needs a new key.</li>
 * </ul>
 * Only accepted records take a key: a rejected one may be fixed and sent again under its key. What is known is
 * what MongoDB held when the poll started plus what this poll accepted before.
 */
final class InboxKeys {

    enum Decision { NEW, DUPLICATE, CONFLICT }

    private final Map<String, String> hashById;

    /** {@code stored}: content hash by key id ({@link #id}), as read from MongoDB for this poll's keys. */
    InboxKeys(Map<String, String> stored) {
        this.hashById = new HashMap<>(stored);
    }

    Decision decide(String id, String contentHash) {
        String known = hashById.get(id);
        return known == null ? Decision.NEW : known.equals(contentHash) ? Decision.DUPLICATE : Decision.CONFLICT;
    }

    /** The record with this key and content was accepted in this poll. */
    void accepted(String id, String contentHash) {
        hashById.put(id, contentHash);
    }

    /** The key's id, unambiguous for any entity id and key (the entity id's length comes first). */
    static String id(String entityId, String key) {
        return entityId.length() + ":" + entityId + ":" + key;
    }

    /** The submission id of the record accepted under this key id: the same on every send, so a re-write is one. */
    static String submissionId(String id) {
        return UUID.nameUUIDFromBytes(("pacer.inbox:" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The SHA-256 of the submission's meaning: its fields, its figures sorted, its numbers by value. */
    static String contentHash(SubmissionRequest s) {
        List<String> figures = new ArrayList<>();
        if (s.figures() != null) {
            for (SubmissionRequest.Figure f : s.figures()) {
                figures.add(f == null ? "~" : text(f.indicator()) + text(number(f.value()))
                        + text(number(f.priorYearValue())));
            }
            figures.sort(null);
        }
        StringBuilder canonical = new StringBuilder().append(text(s.entityId())).append(text(s.period()))
                .append(text(s.note())).append(s.figures() == null ? "~" : String.valueOf(figures.size()));
        figures.forEach(f -> canonical.append(text(f)));
        return TokenHashing.sha256Hex(canonical.toString());
    }

    /** Length-prefixed, so no two sequences of fields read alike; {@code ~} is null. */
    private static String text(String value) {
        return value == null ? "~" : value.length() + ":" + value;
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toString();
    }
}
