package io.pacer.events;

/** Something odd about an accepted figure: it is published and shown, never rejected. */
public record Warning(String code, String field, String message) {
}
