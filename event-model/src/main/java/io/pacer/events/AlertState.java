package io.pacer.events;

public enum AlertState {
    FIRING,
    RESOLVED
}
