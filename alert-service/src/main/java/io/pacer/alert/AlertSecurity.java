package io.pacer.alert;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.pacer.support.security.PacerAuthorizationRules;

/**
 * Who may call what: the statistics office writes targets; it and officials read targets, forecasts and bulletins,
 * and handle alerts. The OpenAPI description and its UI ({@link ApiDocs}) are open: they describe the
 * contract, they hold no data.
 */
@Configuration(proxyBeanMethods = false)
class AlertSecurity {

    @Bean
    PacerAuthorizationRules alertRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.PUT, "/api/v1/targets/**").hasRole("STATISTICS")
                .requestMatchers(HttpMethod.GET, "/api/v1/targets", "/api/v1/targets/**")
                .hasAnyRole("STATISTICS", "OFFICIAL")
                .requestMatchers("/api/v1/alerts", "/api/v1/alerts/**").hasAnyRole("STATISTICS", "OFFICIAL")
                .requestMatchers(HttpMethod.GET, "/api/v1/forecasts", "/api/v1/analysis", "/api/v1/analysis.docx")
                .hasAnyRole("STATISTICS", "OFFICIAL")
                .requestMatchers("/api/v1/subscriptions", "/api/v1/subscriptions/**")
                .hasAnyRole("STATISTICS", "OFFICIAL")
                .requestMatchers("/api/v1/silences", "/api/v1/silences/**").hasAnyRole("STATISTICS", "OFFICIAL")
                .requestMatchers(HttpMethod.POST, "/api/v1/admin/rebuild").hasRole("STATISTICS")
                .requestMatchers("/api/**").denyAll();
    }
}
