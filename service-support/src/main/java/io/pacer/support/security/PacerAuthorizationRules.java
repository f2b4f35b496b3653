package io.pacer.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own authorization rules, declared as a bean and applied by the shared filter chain after the open
 * paths and before {@code anyRequest().authenticated()}. For example:
 *
 * <pre>{@code
 * @Bean
 * PacerAuthorizationRules registerRules() {
 *     return rules -> rules.requestMatchers(HttpMethod.PUT, "/api/v1/regions/**").hasRole("STATISTICS");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface PacerAuthorizationRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
