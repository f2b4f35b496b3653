package io.pacer.ingest;

import io.pacer.support.security.PacerAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. Only the statistics office changes registers and tokens; only reporters submit (which entity
 * is checked per submission). Registers are read by every valid token: they hold names and codes, nothing
 * confidential, and reporters and officials need them to label what they see. Submission history is checked per
 * entity in the controller. The reporters' page ({@code /report/}) is static files, open like the dashboard's; its
 * API calls carry the token. Projects are changed by the statistics office or a department reporter (which
 * region, checked per project) and read by every valid token within its regions (ProjectAccess). The OpenAPI
 * description and its UI ({@link ApiDocs}) are open: they describe the contract, they hold no data.
 */
@Configuration(proxyBeanMethods = false)
class IngestSecurity {

    @Bean
    PacerAuthorizationRules ingestRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/report", "/report/", "/report/**").permitAll()
                .requestMatchers(HttpMethod.PUT, "/api/v1/regions/**", "/api/v1/indicators/**", "/api/v1/entities/**")
                .hasRole("STATISTICS")
                .requestMatchers(HttpMethod.POST, "/api/v1/reference", "/api/v1/reference/**").hasRole("STATISTICS")
                .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").hasRole("STATISTICS")
                .requestMatchers(HttpMethod.PUT, "/api/v1/projects/**").hasAnyRole("STATISTICS", "REPORTER")
                .requestMatchers(HttpMethod.DELETE, "/api/v1/projects/**").hasAnyRole("STATISTICS", "REPORTER")
                .requestMatchers(HttpMethod.POST, "/api/v1/submissions", "/api/v1/submissions/**").hasRole("REPORTER");
    }
}
