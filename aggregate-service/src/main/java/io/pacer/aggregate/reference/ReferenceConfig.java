package io.pacer.aggregate.reference;

import io.pacer.support.reference.ReferenceReplica;
import io.pacer.support.security.TokenDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceConfig {

    @Bean
    ReferenceBook referenceBook(TokenDirectory tokens) {
        return new ReferenceBook(new ReferenceReplica(tokens));
    }
}
