package io.pacer.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.pacer.events.TopicSpec;
import io.pacer.events.Topics;

/**
 * Registers {@code pacer_dead_letters_total{topic}} at 0 for every dead-letter topic of {@link Topics#ALL} when the
 * service starts, so that the first dead letter is an increase Prometheus can see (a series born at 1 shows none).
 * {@link DeadLetterCounting} counts them.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"org.apache.kafka.clients.producer.ProducerInterceptor",
        "io.micrometer.core.instrument.MeterRegistry"})
public class DeadLetterMetricsAutoConfiguration {

    @Bean
    DeadLetterMeters deadLetterMeters(ObjectProvider<MeterRegistry> registries) {
        return new DeadLetterMeters(registries);
    }

    /** The registration, done when the bean is made. */
    static final class DeadLetterMeters {

        DeadLetterMeters(ObjectProvider<MeterRegistry> registries) {
            registries.orderedStream().forEach(registry -> Topics.ALL.stream().map(TopicSpec::name)
                    .filter(DeadLetterCounting::isDeadLetterTopic)
                    .forEach(topic -> DeadLetterCounting.counter(registry, topic)));
        }
    }
}
