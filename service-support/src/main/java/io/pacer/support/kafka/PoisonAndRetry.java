package io.pacer.support.kafka;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handling of the binder's listener containers: a {@link PoisonRecordException} (in a batch, reported at
 * its index with {@link PoisonRecordException#inBatchAt}) sends that record alone to {@code <topic>.dlq} through
 * {@link KafkaDeadLetters}, the records before it are committed and the rest are delivered again; any other failure
 * is retried every {@link #RETRY_INTERVAL} from the same offsets until it passes, and a dead letter Kafka refuses
 * is such a failure. Nothing is dead-lettered because a dependency is down (the binder's own batch-mode DLQ would
 * send the whole poll away after three attempts). Consumers must therefore apply a record twice harmlessly.
 * <p>
 * It covers every destination unless narrowed with {@link #onlyFor}; the others keep the binder's own retries and
 * dead letters. {@link #andThen} adds a service's own container settings (ack mode, concurrency).
 */
public final class PoisonAndRetry implements ListenerContainerWithDlqAndRetryCustomizer {

    public static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);

    private final ConsumerRecordRecoverer deadLetters;
    private final Predicate<String> destinations;
    private final BiConsumer<AbstractMessageListenerContainer<?, ?>, String> settings;

    public PoisonAndRetry(ConsumerRecordRecoverer deadLetters) {
        this(deadLetters, destination -> true, (container, destination) -> { });
    }

    private PoisonAndRetry(ConsumerRecordRecoverer deadLetters, Predicate<String> destinations,
            BiConsumer<AbstractMessageListenerContainer<?, ?>, String> settings) {
        this.deadLetters = deadLetters;
        this.destinations = destinations;
        this.settings = settings;
    }

    /** The same policy for the destinations (topics) {@code covered} only. */
    public PoisonAndRetry onlyFor(Predicate<String> covered) {
        return new PoisonAndRetry(deadLetters, covered, settings);
    }

    /** The same policy, then {@code more} applied to every container with its destination. */
    public PoisonAndRetry andThen(BiConsumer<AbstractMessageListenerContainer<?, ?>, String> more) {
        return new PoisonAndRetry(deadLetters, destinations, settings.andThen(more));
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        if (destinations.test(destination)) {
            container.setCommonErrorHandler(errorHandler());
        }
        settings.accept(container, destination);
    }

    @Override
    public boolean retryAndDlqInBinding(String destination, String group) {
        return !destinations.test(destination);
    }

    /** A new error handler of the policy, for one container. */
    public DefaultErrorHandler errorHandler() {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters,
                new FixedBackOff(RETRY_INTERVAL.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
        handler.addNotRetryableExceptions(PoisonRecordException.class);
        return handler;
    }
}
