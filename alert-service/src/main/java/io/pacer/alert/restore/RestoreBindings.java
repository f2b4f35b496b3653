package io.pacer.alert.restore;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.Consumer;
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
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import io.pacer.alert.position.UnreadableRecordException;
import io.pacer.events.Topics;

/**
 * The Kafka side of restoring: the partition-assignment hook of {@code figures-in-0}, {@code targets-in-0} and
 * {@code projects-in-0},
 * and the figures' error handling.
 */
@Configuration(proxyBeanMethods = false)
class RestoreBindings {

    static final String TARGETS = "targets-in-0";
    static final String PROJECTS = "projects-in-0";
    /** The judged bindings; other bindings of their topics (the figures' replica) restore nothing. */
    private static final Set<String> RESTORED = Set.of("figures-in-0", "submissions-in-0");
    private static final Set<String> JUDGED = Set.of(Topics.FIGURES, Topics.SUBMISSIONS);
    /** The dead letter's header that says why the record could not be applied. */
    static final String REASON_HEADER = "pacer_dlq_reason";

    @Bean
    KafkaBindingRebalanceListener restoreOnAssignment(Restorer restorer) {
        return new KafkaBindingRebalanceListener() {

            @Override
            public void onPartitionsAssigned(String binding, Consumer<?, ?> consumer,
                    Collection<TopicPartition> partitions, boolean initial) {
                if (binding.equals(TARGETS)) {
                    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                    restorer.targetsAssigned(ends);
                    ends.forEach(consumer::seek);
                    return;
                }
                if (binding.equals(PROJECTS)) {
                    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                    restorer.projectsAssigned(ends);
                    ends.forEach(consumer::seek);
                    return;
                }
                if (partitions.isEmpty() || !RESTORED.contains(binding)) {
                    return;
                }
                String topic = partitions.iterator().next().topic();
                if (restorer.restores(topic)) {
                    Map<TopicPartition, Long> resume = restorer.assigned(topic, partitions,
                            consumer.endOffsets(partitions), consumer.partitionsFor(topic).size());
                    resume.forEach((tp, next) -> {
                        if (next == null) {
                            consumer.seekToBeginning(List.of(tp));
                        } else {
                            consumer.seek(tp, next);
                        }
                    });
                }
            }

            @Override
            public void onPartitionsRevokedBeforeCommit(String binding, Consumer<?, ?> consumer,
                    Collection<TopicPartition> partitions) {
                if (!partitions.isEmpty() && RESTORED.contains(binding)
                        && restorer.restores(partitions.iterator().next().topic())) {
                    restorer.revoked(partitions.iterator().next().topic(), partitions);
                }
            }
        };
    }

    /**
     * A figure event or ledger record that can't be read goes alone to its topic's dead-letter topic, with the
     * reason in its headers, and the rest of its poll goes on. Anything else (MongoDB or Kafka away) is retried
     * every second until it passes: nothing is dead-lettered because a dependency is down. The other bindings
     * keep the binder's own retries and dead letters.
     */
    @Bean
    ListenerContainerWithDlqAndRetryCustomizer figureDeadLetters(KafkaTemplate<byte[], byte[]> template) {
        return new ListenerContainerWithDlqAndRetryCustomizer() {

            @Override
            public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group,
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                    BackOff backOff) {
                if (!JUDGED.contains(destination)) {
                    return;
                }
                DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                        (record, e) -> new TopicPartition(Topics.dlq(record.topic()), record.partition()));
                recoverer.setHeadersFunction((record, e) -> new RecordHeaders(List.of(new RecordHeader(
                        REASON_HEADER, reason(e).getBytes(StandardCharsets.UTF_8)))));
                DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                        new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS));
                handler.addNotRetryableExceptions(UnreadableRecordException.class);
                container.setCommonErrorHandler(handler);
            }

            @Override
            public boolean retryAndDlqInBinding(String destination, String group) {
                return !JUDGED.contains(destination);
            }
        };
    }

    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnreadableRecordException) {
                message = t.getMessage();
            }
        }
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
