package io.pacer.support.reference;

/**
 * A record the {@link ReferenceReplica} took under {@code key}: {@code before} is what it replaced, {@code after} what
 * it holds now; either is null for none (never seen, or a tombstone).
 */
public record ReferenceChange(String key, Object before, Object after) {

    /** Whether the record held differs from the one replaced (a re-publication of the same record does not). */
    public boolean contentChanged() {
        return !java.util.Objects.equals(before, after);
    }
}
