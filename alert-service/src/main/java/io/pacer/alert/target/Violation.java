package io.pacer.alert.target;

/** One reason a target is invalid, naming the field as the REST contract's {@code errors[]} do. */
public record Violation(String field, String message) {
}
