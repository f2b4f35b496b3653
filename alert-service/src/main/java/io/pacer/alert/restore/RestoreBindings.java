package io.pacer.alert.restore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.pacer.events.Topics;
import io.pacer.support.kafka.KafkaDeadLetters;
import io.pacer.support.kafka.PoisonAndRetry;

/**
 * The Kafka side of restoring: the partition-assignment hook of {@code figures-in-0}, {@code targets-in-0} and
 * {@code projects-in-0}, and the judged topics' poison-and-retry policy.
 */
@Configuration(proxyBeanMethods = false)
class RestoreBindings {

    static final String TARGETS = "targets-in-0";
    static final String PROJECTS = "projects-in-0";
    /** The judged bindings; other bindings of their topics (the figures' replica) restore nothing. */
    private static final Set<String> RESTORED = Set.of("figures-in-0", "submissions-in-0");
    private static final Set<String> JUDGED = Set.of(Topics.FIGURES, Topics.SUBMISSIONS);

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
     * service-support's poison-and-retry policy for the judged topics: a figure event or ledger record that can't be
     * read goes alone to its topic's dead-letter topic, with the reason in its headers, and the rest of its poll goes
     * on; anything else (MongoDB or Kafka away) is retried every second until it passes. The other bindings keep
     * the binder's own retries and dead letters.
     */
    @Bean
    PoisonAndRetry figureDeadLetters(KafkaDeadLetters deadLetters) {
        return new PoisonAndRetry(deadLetters.recoverer()).onlyFor(JUDGED::contains);
    }
}
