package io.pacer.aggregate.input;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import io.pacer.aggregate.AggregateProperties;
import io.pacer.aggregate.store.DeadLetterSink;
import io.pacer.events.Topics;

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

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonRecordException) {
                return t.getMessage();
            }
        }
        return String.valueOf(e.getMessage());
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
                message.getPayload() instanceof byte[] bytes ? bytes : null);
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
     * A poison record goes alone to the binding's dead-letter topic (enable-dlq / dlq-name in application.yml),
     * with the reason in its headers, and the rest of its batch goes on; the binder's own batch-mode DLQ would
     * send the whole batch. Anything else (Kafka or MongoDB away) is retried until it succeeds: nothing is
     * dead-lettered because a dependency is down.
     */
    @Bean
    ListenerContainerWithDlqAndRetryCustomizer deadLetters(KafkaTemplate<byte[], byte[]> template,
            AggregateProperties properties) {
        return new ListenerContainerWithDlqAndRetryCustomizer() {

            @Override
            public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group,
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                    BackOff backOff) {
                // Where reading resumes is decided by the state (the ledger is replayed, totals resume past their
                // stored checkpoint): committed offsets only report progress, so once a second is enough, and the
                // broker is spared a synchronous commit per poll (dozens a second under live load).
                container.getContainerProperties().setAckMode(ContainerProperties.AckMode.TIME);
                container.getContainerProperties().setAckTime(1000);
                if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent
                        && (destination.equals(Topics.SUBMISSIONS) || destination.equals(Topics.REGION_TOTALS))) {
                    // each consumer thread owns a share of the partitions, whose states it applies on its own
                    concurrent.setConcurrency(properties.consumerThreads());
                }
                FixedBackOff untilItWorks = new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS);
                DefaultErrorHandler handler;
                if (dlqDestinationResolver == null) {
                    handler = new DefaultErrorHandler(untilItWorks);
                } else {
                    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                            dlqDestinationResolver);
                    recoverer.setHeadersFunction((record, e) -> new RecordHeaders(List.of(new RecordHeader(
                            DeadLetterSink.REASON_HEADER, reason(e).getBytes(StandardCharsets.UTF_8)))));
                    handler = new DefaultErrorHandler(recoverer, untilItWorks);
                }
                handler.addNotRetryableExceptions(PoisonRecordException.class);
                container.setCommonErrorHandler(handler);
            }

            @Override
            public boolean retryAndDlqInBinding(String destination, String group) {
                return false;
            }
        };
    }

    static String text(Object key) {
        return key instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : key == null ? null : key.toString();
    }
}
