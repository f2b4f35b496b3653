package io.pacer.support.web;

import java.util.List;

import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The field issues of Spring MVC's own request exceptions: which field or header, and why. */
final class RequestIssues {

    private RequestIssues() {
    }

    static List<FieldIssue> of(Exception ex, HttpStatusCode status, String rawContentType) {
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            JacksonException json = causeOf(unreadable, JacksonException.class);
            if (json != null) {
                return List.of(JsonProblems.issue(json));
            }
            return List.of(new FieldIssue("body", "the request body is missing or cannot be read"));
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return invalid.getBindingResult().getFieldErrors().stream()
                    .map(f -> new FieldIssue(f.getField(), f.getDefaultMessage())).toList();
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            return invalid.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream()
                            .map(e -> new FieldIssue(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                    .toList();
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return List.of(new FieldIssue(mismatch.getName(), "must be " + describe(mismatch.getRequiredType())
                    + ", was '" + mismatch.getValue() + "'"));
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return List.of(new FieldIssue(mismatch.getPropertyName(), "must be "
                    + describe(mismatch.getRequiredType()) + ", was '" + mismatch.getValue() + "'"));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return List.of(new FieldIssue(missing.getParameterName(), "is required"));
        }
        if (ex instanceof MissingPathVariableException missing) {
            return List.of(new FieldIssue(missing.getVariableName(), "is required"));
        }
        if (ex instanceof ServletRequestBindingException binding) {
            return List.of(new FieldIssue(null, binding.getMessage()));
        }
        if (ex instanceof NoResourceFoundException notFound) {
            return List.of(new FieldIssue("path", "no such resource: " + notFound.getHttpMethod() + " /"
                    + notFound.getResourcePath()));
        }
        if (ex instanceof NoHandlerFoundException notFound) {
            return List.of(new FieldIssue("path", "no such resource: " + notFound.getHttpMethod() + " "
                    + notFound.getRequestURL()));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            List<String> supported = method.getSupportedHttpMethods() == null ? List.of()
                    : method.getSupportedHttpMethods().stream().map(Object::toString).sorted().toList();
            return List.of(new FieldIssue("method", method.getMethod() + " is not supported here; use one of "
                    + supported));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException media) {
            String given = media.getContentType() != null ? ", was " + media.getContentType()
                    : rawContentType == null || rawContentType.isBlank() ? ", none was given"
                    : ", was '" + rawContentType + "', which cannot be read (unknown charset?)";
            return List.of(new FieldIssue("Content-Type", "must be one of " + media.getSupportedMediaTypes() + given));
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException media) {
            return List.of(new FieldIssue("Accept", "must accept one of " + media.getSupportedMediaTypes()));
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return List.of(new FieldIssue("body", "the upload is too large"));
        }
        return List.of(new FieldIssue(null, status.is5xxServerError() ? "the server could not handle this request"
                : "the request cannot be handled"));
    }

    static String describe(Class<?> type) {
        return type == null ? "of another type" : JsonProblems.describe(type);
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
