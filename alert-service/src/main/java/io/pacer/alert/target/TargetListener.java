package io.pacer.alert.target;

/**
 * Told when a target was set live (over the API, or a {@code pacer.targets} record read after start-up), after the
 * {@link TargetBook} holds it, so its alerts are judged at once; not for targets restored on start-up or deleted.
 * Called on the caller's thread: the API answers after the listeners have returned.
 */
public interface TargetListener {

    void targetChanged(Target target);
}
