package io.pacer.support.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Thrown by a service to answer with a problem+json: a status, a short title and the field issues. The shared
 * handler writes it; {@code headers} are added to the response (e.g. {@code Retry-After} on a 503).
 */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldIssue> errors;
    private final Map<String, String> headers;

    public ApiProblemException(HttpStatus status, String title, List<FieldIssue> errors, Map<String, String> headers) {
        super(title);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ApiProblemException(HttpStatus status, String title, List<FieldIssue> errors) {
        this(status, title, errors, Map.of());
    }

    public static ApiProblemException of(HttpStatus status, String field, String message) {
        return new ApiProblemException(status, message, List.of(new FieldIssue(field, message)));
    }

    public static ApiProblemException notFound(String field, String message) {
        return of(HttpStatus.NOT_FOUND, field, message);
    }

    public static ApiProblemException badRequest(String field, String message) {
        return of(HttpStatus.BAD_REQUEST, field, message);
    }

    public static ApiProblemException unprocessable(List<FieldIssue> errors) {
        return new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "The request is not valid", errors);
    }

    public static ApiProblemException forbidden(String field, String message) {
        return of(HttpStatus.FORBIDDEN, field, message);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldIssue> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
