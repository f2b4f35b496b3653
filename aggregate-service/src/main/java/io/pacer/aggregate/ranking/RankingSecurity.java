package io.pacer.aggregate.ranking;

import io.pacer.support.security.PacerAuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class RankingSecurity {

    /**
     * Coarse role checks; which regions a token may read is checked per request ({@link Access}). The OpenAPI
     * description and its UI are open: they describe the contract, they hold no data.
     */
    @Bean
    PacerAuthorizationRules rankingRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/v1/rankings/**", "/api/v1/figures/**")
                .hasAnyRole("STATISTICS", "OFFICIAL", "REPORTER")
                .requestMatchers("/api/v1/admin/**").hasRole("STATISTICS");
    }
}
