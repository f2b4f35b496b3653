package io.pacer.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import io.pacer.support.metrics.DeadLetterMetricsAutoConfiguration.DeadLetterMeters;

class DeadLetterCountingTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeadLetterCounting interceptor = new DeadLetterCounting();

    @BeforeEach
    void joinTheGlobalRegistry() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void leaveTheGlobalRegistry() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void countsARecordTheBrokerAcknowledgedOnADeadLetterTopic() {
        interceptor.onAcknowledgement(metadata("pacer.submissions.dlq"), null);
        interceptor.onAcknowledgement(metadata("pacer.submissions.dlq"), null);

        assertThat(count("pacer.submissions.dlq")).isEqualTo(2.0);
    }

    @Test
    void countsNeitherOtherTopicsNorFailedSends() {
        interceptor.onAcknowledgement(metadata("pacer.submissions"), null);
        interceptor.onAcknowledgement(metadata("pacer.figures.dlq"), new IllegalStateException("broker gone"));

        assertThat(registry.find(DeadLetterCounting.METER).counters()).isEmpty();
    }

    @Test
    void everyDeadLetterTopicHasItsSeriesAtZeroFromTheStart() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("registry", registry);

        new DeadLetterMeters(beans.getBeanProvider(MeterRegistry.class));

        assertThat(registry.find(DeadLetterCounting.METER).counters())
                .extracting(c -> c.getId().getTag("topic"))
                .containsExactlyInAnyOrder("pacer.submissions.dlq", "pacer.reference.dlq", "pacer.figures.dlq",
                        "pacer.region-totals.dlq", "pacer.projects.dlq", "pacer.targets.dlq");
        assertThat(count("pacer.figures.dlq")).isZero();
    }

    private double count(String topic) {
        return registry.get(DeadLetterCounting.METER).tag("topic", topic).counter().count();
    }

    private static RecordMetadata metadata(String topic) {
        return new RecordMetadata(new TopicPartition(topic, 0), 0, 0, 0, 0, 0);
    }
}
