package io.pacer.support.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a Pacer service answers is problem+json with {@code errors[{field, message}]}. Client mistakes get
 * their 4xx (via {@link ResponseEntityExceptionHandler} and {@link RequestIssues}); anything unexpected is a 500
 * that says nothing about internals, and is logged.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PacerExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PacerExceptionHandler.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Object> apiProblem(ApiProblemException e) {
        HttpHeaders headers = new HttpHeaders();
        e.headers().forEach(headers::set);
        return ResponseEntity.status(e.status()).headers(headers)
                .body(Problems.problem(e.status(), e.getMessage(), e.errors()));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e) {
        return tooLargeResponse(e);
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> unreadable(JacksonException e) {
        return ResponseEntity.badRequest()
                .body(Problems.problem(HttpStatus.BAD_REQUEST, "Malformed request body", List.of(JsonProblems.issue(e))));
    }

    /** Method security (e.g. {@code @PreAuthorize}) fails inside MVC; answer as the filter chain would. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.problem(HttpStatus.FORBIDDEN, "Forbidden",
                List.of(new FieldIssue("Authorization", "this token's role may not do this"))));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.problem(HttpStatus.UNAUTHORIZED, "Unauthenticated",
                        List.of(new FieldIssue("Authorization", "a valid bearer token is required"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        BodyTooLargeException tooLarge = RequestIssues.causeOf(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return tooLargeResponse(tooLarge);
        }
        log.error("unexpected error while handling a request", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                List.of(new FieldIssue(null, "the server could not handle this request; it has been logged"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = RequestIssues.causeOf(ex, BodyTooLargeException.class);
        if (tooLarge != null) {
            return tooLargeResponse(tooLarge);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldIssue> issues = new ArrayList<>(RequestIssues.of(ex, status, request.getHeader(HttpHeaders.CONTENT_TYPE)));
        ProblemDetail problem = Problems.problem(status, title(body, status), issues);
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static String title(Object body, HttpStatusCode status) {
        if (body instanceof ProblemDetail detail && detail.getTitle() != null) {
            return detail.getTitle();
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static ResponseEntity<Object> tooLargeResponse(BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                        List.of(new FieldIssue("body", e.getMessage()))));
    }
}
