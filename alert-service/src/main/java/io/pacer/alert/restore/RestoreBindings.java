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
 * {@code projects-in-0}, and the poison-and-retry policy of every topic alert-service applies.
 */
@Configuration(proxyBeanMethods = false)
class RestoreBindings {

    static final String TARGETS = "targets-in-0";
    static final String PROJECTS = "projects-in-0";
    /** The judged bindings; other bindings of their topics (the figures' replica) restore nothing. */
    private static final Set<String> RESTORED = Set.of("figures-in-0", "submissions-in-0");
    /** The topics whose records change alert-service's state: all but {@code pacer.alerts} (the SSE feed's). */
    private static final Set<String> APPLIED = Set.of(Topics.FIGURES, Topics.SUBMISSIONS, Topics.REFERENCE,
            Topics.TARGETS, Topics.PROJECTS);

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
     * service-support's poison-and-retry policy for every topic alert-service applies: a figure event, ledger
     * record, register record, target or project that can never be applied goes alone to its topic's dead-letter
     * topic, with the reason in its headers, and the rest goes on; anything else (MongoDB or Kafka away) is retried
     * every second from the same offsets until it passes. Batch bindings (figures, ledger) name the poison by its
     * index, record bindings (reference, targets, projects) by throwing. The SSE feed keeps the binder's handling.
     */
    @Bean
    PoisonAndRetry poisonAndRetry(KafkaDeadLetters deadLetters) {
        return new PoisonAndRetry(deadLetters.recoverer()).onlyFor(APPLIED::contains);
    }
}
