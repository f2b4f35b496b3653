package io.pacer.support.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pacer.security.*}: {@code open-paths} need no token (e.g. the dashboard's static files);
 * {@code query-token-paths} also accept {@code ?access_token=} (e.g. an SSE stream); {@code cors-allowed-origins}
 * turns on CORS for those origins.
 */
@ConfigurationProperties("pacer.security")
public record PacerSecurityProperties(@DefaultValue List<String> openPaths, @DefaultValue List<String> queryTokenPaths,
        @DefaultValue List<String> corsAllowedOrigins) {

    public PacerSecurityProperties {
        openPaths = openPaths == null ? List.of() : List.copyOf(openPaths);
        queryTokenPaths = queryTokenPaths == null ? List.of() : List.copyOf(queryTokenPaths);
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    }
}
