package io.pacer.support.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Token authentication for every Pacer service; see {@link PacerSecurity} and {@link PacerAuthorizationRules}. */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PacerSecurityProperties.class)
@EnableWebSecurity
public class PacerSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TokenDirectory tokenDirectory() {
        return new TokenDirectory();
    }

    /** Keeps Boot from generating a default user: the only credentials are bearer tokens. */
    @Bean
    @ConditionalOnMissingBean
    AuthenticationManager pacerNoPasswordAuthenticationManager() {
        return authentication -> {
            throw new ProviderNotFoundException("Pacer authenticates bearer tokens only");
        };
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain pacerSecurityFilterChain(HttpSecurity http, TokenDirectory directory,
            PacerSecurityProperties properties, ObjectProvider<PacerAuthorizationRules> rules) {
        return PacerSecurity.configure(http, directory, properties, rules.orderedStream().toList());
    }
}
