package io.pacer.aggregate.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceConfig {

    @Bean
    ReferenceBook referenceBook() {
        return new ReferenceBook();
    }
}
