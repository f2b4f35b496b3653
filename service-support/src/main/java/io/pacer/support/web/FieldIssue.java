package io.pacer.support.web;

/** One entry of a problem's {@code errors[]}: which field (a JSON path, header, parameter or CSV line) and why. */
public record FieldIssue(String field, String message) {
}
