package io.pacer.alert.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.pacer.support.reference.ReferenceReplica;
import io.pacer.support.security.TokenDirectory;

@Configuration(proxyBeanMethods = false)
class ReferenceConfig {

    /** The service's one copy of pacer.reference; it keeps the token directory too. */
    @Bean
    ReferenceReplica referenceReplica(TokenDirectory tokens) {
        return new ReferenceReplica(tokens);
    }
}
