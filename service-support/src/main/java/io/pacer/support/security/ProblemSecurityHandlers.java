package io.pacer.support.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.pacer.support.web.FieldIssue;
import io.pacer.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem+json, like every other error; the 401 carries {@code WWW-Authenticate: Bearer}. */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        Object failure = request.getAttribute(BearerTokenFilter.FAILURE_ATTRIBUTE);
        String message = failure != null ? failure.toString() : "a bearer token is required";
        response.setHeader("WWW-Authenticate", "Bearer");
        Problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthenticated",
                new FieldIssue("Authorization", message));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        Problems.write(response, HttpStatus.FORBIDDEN, "Forbidden",
                new FieldIssue("Authorization", "this token's role may not do this"));
    }
}
