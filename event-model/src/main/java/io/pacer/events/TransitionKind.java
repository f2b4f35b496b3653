package io.pacer.events;

/** Why an {@link AlertEvent} was published: the changes that notify (DESIGN.md, "Alert lifecycle"). */
public enum TransitionKind {
    /** The alert started firing (for the first time, or again after it had resolved). */
    FIRING,
    /** A firing alert moved from one severity to another (either way). */
    SEVERITY_CHANGED,
    RESOLVED,
    /**
     * An acknowledged alert still firing after its action plan's due date: told to the parent region's
     * subscribers, once per acknowledgement. The alert's state stays FIRING.
     */
    ESCALATED
}
