package io.pacer.events;

/** An alert's light. Declared from mild to severe so that {@code compareTo} orders by severity. */
public enum Severity {
    YELLOW,
    RED;

    public boolean atLeast(Severity minimum) {
        return minimum == null || compareTo(minimum) >= 0;
    }
}
