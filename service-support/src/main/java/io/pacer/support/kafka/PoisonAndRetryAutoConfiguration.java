package io.pacer.support.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * The poison-and-retry policy for a service with the Kafka binder: the dead-letter sender, and {@link PoisonAndRetry}
 * over every binding unless the service declares its own container customizer (the binder takes one only), which
 * it builds from {@code new PoisonAndRetry(deadLetters.recoverer())} to narrow it or add its container settings.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(name = { "org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer",
        "org.springframework.boot.kafka.autoconfigure.KafkaProperties" })
public class PoisonAndRetryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KafkaDeadLetters kafkaDeadLetters(KafkaProperties kafka) {
        return new KafkaDeadLetters(kafka.buildProducerProperties());
    }

    @Bean
    @ConditionalOnMissingBean(type = "org.springframework.cloud.stream.config.ListenerContainerCustomizer")
    PoisonAndRetry poisonAndRetry(KafkaDeadLetters deadLetters) {
        return new PoisonAndRetry(deadLetters.recoverer());
    }
}
