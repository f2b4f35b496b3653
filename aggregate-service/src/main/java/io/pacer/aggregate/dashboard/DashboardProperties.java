package io.pacer.aggregate.dashboard;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code pacer.dashboard.*}: where the dashboard's browser reaches the other services. The page sends the signed-in
 * token to these addresses, so they come only from here, never from the page's own address.
 *
 * @param alertUrl  alert-service's origin as the browser sees it (env {@code PACER_ALERT_URL})
 * @param ingestUrl ingest-service's origin, for the registers when this service does not serve them
 *                  (env {@code PACER_INGEST_URL})
 */
@Validated
@ConfigurationProperties("pacer.dashboard")
public record DashboardProperties(@NotBlank @DefaultValue("http://localhost:8083") String alertUrl,
        @NotBlank @DefaultValue("http://localhost:8081") String ingestUrl) {

    public DashboardProperties {
        alertUrl = origin("alert-url", alertUrl);
        ingestUrl = origin("ingest-url", ingestUrl);
    }

    /** An http(s) origin (scheme, host, optional port; no path, query or credentials), without a trailing slash. */
    static String origin(String name, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (Exception e) {
            throw invalid(name, value);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(name, value);
        }
        return trimmed;
    }

    private static IllegalArgumentException invalid(String name, String value) {
        return new IllegalArgumentException("pacer.dashboard." + name
                + " must be an http(s) origin such as http://host:8083 (no path), was '" + value + "'");
    }
}
