package io.pacer.ingest.ledger;

import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The batch consumers dead-letter a record they cannot read themselves ({@link DeadLetters}) and go on, so a poll
 * fails as a whole only when a dependency does (MongoDB away, Kafka refusing the dead letter). Such a poll is tried
 * again every second until it succeeds, from the same offsets: the binder's own batch-mode handling would, after
 * three attempts, have sent the whole poll (up to 500 good records) to the dead-letter topic, and the history would
 * have lost them for a hiccup. Applying a poll twice is harmless (idempotent upserts).
 */
@Configuration(proxyBeanMethods = false)
class RetryUntilItWorks {

    static final long RETRY_MS = 1000;

    @Bean
    ListenerContainerWithDlqAndRetryCustomizer pollRetries() {
        return new ListenerContainerWithDlqAndRetryCustomizer() {

            @Override
            public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group,
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                    BackOff backOff) {
                container.setCommonErrorHandler(new DefaultErrorHandler(
                        new FixedBackOff(RETRY_MS, FixedBackOff.UNLIMITED_ATTEMPTS)));
            }

            @Override
            public boolean retryAndDlqInBinding(String destination, String group) {
                return false;
            }
        };
    }
}
