package io.pacer.aggregate.dashboard;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The dashboard holds a token that reads every ranking: its pages may run only this server's scripts (no inline
 * script, no other host's) and talk only to this server and the configured alert and ingest services. Styles
 * allow inline ones: ECharts positions its tooltips with style attributes, and a style cannot send a token.
 * Set on every response (an API answer never renders as a page, the policy costs it nothing).
 */
@Component
class ContentSecurityPolicy extends OncePerRequestFilter {

    static final String HEADER = "Content-Security-Policy";

    private final String policy;

    ContentSecurityPolicy(DashboardProperties properties) {
        this.policy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self' " + properties.alertUrl() + " "
                + properties.ingestUrl() + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
                + "object-src 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, policy);
        chain.doFilter(request, response);
    }
}
