package io.pacer.support.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the {@link TokenDirectory}. On the paths listed in
 * {@code pacer.security.query-token-paths} it also takes {@code ?access_token=} (RFC 6750), because a browser's
 * EventSource cannot set headers. A missing or bad token leaves the request anonymous; the entry point then answers
 * 401 where the path needs a token, and records why in {@link #FAILURE_ATTRIBUTE}.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String FAILURE_ATTRIBUTE = BearerTokenFilter.class.getName() + ".failure";
    private static final String PREFIX = "Bearer ";

    private final TokenDirectory directory;
    private final List<String> queryTokenPaths;
    private final AntPathMatcher matcher = new AntPathMatcher();

    BearerTokenFilter(TokenDirectory directory, List<String> queryTokenPaths) {
        this.directory = directory;
        this.queryTokenPaths = List.copyOf(queryTokenPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = tokenOf(request);
        if (token != null) {
            directory.authenticate(token).ifPresentOrElse(
                    principal -> SecurityContextHolder.getContext().setAuthentication(new PacerAuthentication(principal)),
                    () -> request.setAttribute(FAILURE_ATTRIBUTE, "the token is unknown or revoked"));
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String tokenOf(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            if (header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                return header.substring(PREFIX.length()).trim();
            }
            request.setAttribute(FAILURE_ATTRIBUTE, "the Authorization header must be 'Bearer <token>'");
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (queryTokenPaths.stream().anyMatch(p -> matcher.match(p, path))) {
            return request.getParameter("access_token");
        }
        return null;
    }
}
