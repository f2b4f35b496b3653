package io.pacer.aggregate.input;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.common.TopicPartition;

import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import io.pacer.aggregate.AggregateProperties;
import io.pacer.events.Topics;
import io.pacer.support.kafka.KafkaDeadLetters;
import io.pacer.support.kafka.PoisonAndRetry;

/**
 * The Stream functions (bindings {@code ledger-in-0}, {@code totals-in-0}, {@code reference-in-0}; see
 * application.yml), the partition-assignment hook that rebuilds state, the dead-letter handling, and the number of
 * consumer threads of the ledger and totals bindings ({@code pacer.aggregate.consumer-threads}).
 */
@Configuration(proxyBeanMethods = false)
class StreamFunctions {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StreamFunctions.class);

    @Bean
    Consumer<Message<List<byte[]>>> ledger(InputHandler aggregator) {
        return batch -> logged("ledger", () -> aggregator.onLedger(Incoming.of(batch)));
    }

    @Bean
    Consumer<Message<List<byte[]>>> totals(InputHandler aggregator) {
        return batch -> logged("totals", () -> aggregator.onTotals(Incoming.of(batch)));
    }

    /** One line per failed attempt: the error handler retries it (poison records excepted) until it succeeds. */
    private static void logged(String input, Runnable work) {
        try {
            work.run();
        } catch (org.springframework.kafka.listener.BatchListenerFailedException e) {
            log.warn("Dead-lettering a {} record: {}", input, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            log.warn("A {} batch failed and will be retried: {}", input, e.toString(), e);
            throw e;
        }
    }

    @Bean
    Consumer<Message<Object>> reference(InputHandler aggregator) {
        return message -> aggregator.onReference(text(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY)),
                message.getPayload() instanceof byte[] bytes ? bytes : null,
                message.getHeaders().get(KafkaHeaders.OFFSET, Long.class));
    }

    @Bean
    KafkaBindingRebalanceListener rebalance(InputHandler aggregator, AggregateProperties properties) {
        return new KafkaBindingRebalanceListener() {

            @Override
            public void onPartitionsAssigned(String binding, org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
                    Collection<TopicPartition> partitions, boolean initial) {
                if (!isStateful(binding) || partitions.isEmpty()) {
                    return;
                }
                Map<TopicPartition, Long> positions = aggregator.assigned(partitions, consumer.endOffsets(partitions));
                positions.forEach((tp, position) -> {
                    if (position == null) {
                        consumer.seekToBeginning(List.of(tp));
                    } else {
                        consumer.seek(tp, position);
                    }
                });
            }

            @Override
            public void onPartitionsRevokedBeforeCommit(String binding,
                    org.apache.kafka.clients.consumer.Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                if (isStateful(binding)) {
                    aggregator.revoked(partitions);
                }
            }

            private boolean isStateful(String binding) {
                return binding.equals(properties.ledgerBinding()) || binding.equals(properties.totalsBinding());
            }
        };
    }

    /**
     * service-support's poison-and-retry policy ({@link PoisonAndRetry}: a poison record goes alone to its topic's
     * dead letters and the rest of its batch goes on; anything else is retried until it succeeds), with this
     * service's container settings. Where reading resumes is decided by the state (the ledger is replayed, totals
     * resume past their stored checkpoint): committed offsets only report progress, so once a second is enough, and
     * the broker is spared a synchronous commit per poll (dozens a second under live load). Each consumer thread of
     * the ledger and totals owns a share of the partitions, whose states it applies on its own.
     */
    @Bean
    PoisonAndRetry deadLetters(KafkaDeadLetters deadLetters, AggregateProperties properties) {
        return new PoisonAndRetry(deadLetters.recoverer()).andThen((container, destination) -> {
            container.getContainerProperties().setAckMode(ContainerProperties.AckMode.TIME);
            container.getContainerProperties().setAckTime(1000);
            if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent
                    && (destination.equals(Topics.SUBMISSIONS) || destination.equals(Topics.REGION_TOTALS))) {
                concurrent.setConcurrency(properties.consumerThreads());
            }
        });
    }

    static String text(Object key) {
        return key instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : key == null ? null : key.toString();
    }
}
