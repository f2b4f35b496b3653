package io.pacer.support.security;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Pacer's stateless bearer-token filter chain. The auto-configuration builds it from the
 * {@link PacerAuthorizationRules} beans; a service that needs more can declare its own {@code SecurityFilterChain}
 * and call {@link #configure} on its {@code HttpSecurity}.
 */
public final class PacerSecurity {

    /** Open without a token in every service: health, metrics, errors and the OpenAPI description with its UI. */
    public static final List<String> ALWAYS_OPEN = List.of("/actuator/health", "/actuator/health/**",
            "/actuator/prometheus", "/error", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui.html", "/swagger-ui/**");

    private PacerSecurity() {
    }

    public static SecurityFilterChain configure(HttpSecurity http, TokenDirectory directory,
            PacerSecurityProperties properties, List<PacerAuthorizationRules> serviceRules) {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers();
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(new BearerTokenFilter(directory, properties.queryTokenPaths()),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    rules.requestMatchers(ALWAYS_OPEN.toArray(String[]::new)).permitAll();
                    if (!properties.openPaths().isEmpty()) {
                        rules.requestMatchers(properties.openPaths().toArray(String[]::new)).permitAll();
                    }
                    serviceRules.forEach(r -> r.apply(rules));
                    rules.anyRequest().authenticated();
                });
        if (!properties.corsAllowedOrigins().isEmpty()) {
            http.cors(cors -> cors.configurationSource(corsSource(properties.corsAllowedOrigins())));
        }
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource corsSource(List<String> origins) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Last-Event-ID"));
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
