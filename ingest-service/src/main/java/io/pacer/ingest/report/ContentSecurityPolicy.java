package io.pacer.ingest.report;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The reporters' page holds a reporter's token: it may run only this server's scripts and styles (no inline script
 * or style, no other host's) and talk only to this server. Set on every response, before the security chain
 * answers: an API answer never renders as a page, so the policy costs it nothing. Swagger UI's pages
 * ({@code /swagger-ui/}) also allow inline styles, which its logo carries; a style cannot send a token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentSecurityPolicy extends OncePerRequestFilter {

    static final String HEADER = "Content-Security-Policy";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    static final String DOCS_POLICY = POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, request.getRequestURI().startsWith("/swagger-ui/") ? DOCS_POLICY : POLICY);
        chain.doFilter(request, response);
    }
}
