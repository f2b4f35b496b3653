package io.pacer.events;

/** Why an {@link AlertEvent} was published: the three changes that notify (DESIGN.md, "Alert lifecycle"). */
public enum TransitionKind {
    /** The alert started firing (for the first time, or again after it had resolved). */
    FIRING,
    /** A firing alert moved from one severity to another (either way). */
    SEVERITY_CHANGED,
    RESOLVED
}
