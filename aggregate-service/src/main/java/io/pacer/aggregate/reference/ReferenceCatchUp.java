package io.pacer.aggregate.reference;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.pacer.aggregate.AggregateProperties;
import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.stereotype.Component;

/**
 * Starts the ledger and totals consumers only once the registers are loaded (the reference consumer's position
 * has reached the end of pacer.reference), so that state rebuilt at start-up is computed with the whole register
 * and no figure flaps while it loads. Until then the service is not ready ({@code registers} health). After
 * {@code pacer.aggregate.reference-wait} they start anyway: a lagging register only holds figures back.
 */
@Component("registers")
class ReferenceCatchUp implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ReferenceCatchUp.class);

    private final BindingsLifecycleController bindings;
    private final AggregateProperties properties;
    private final AtomicBoolean started = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "registers-catch-up");
        t.setDaemon(true);
        return t;
    });

    ReferenceCatchUp(BindingsLifecycleController bindings, AggregateProperties properties) {
        this.bindings = bindings;
        this.properties = properties;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        timer.schedule(() -> start("waited " + properties.referenceWait() + " for the registers"),
                properties.referenceWait().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Published on the reference consumer's thread when it has had nothing to read for a while. */
    @EventListener
    void onIdle(ListenerContainerIdleEvent idle) {
        Collection<TopicPartition> partitions = idle.getTopicPartitions();
        if (started.get() || partitions == null || partitions.isEmpty()
                || !partitions.stream().allMatch(tp -> tp.topic().equals(Topics.REFERENCE))) {
            return;
        }
        Consumer<?, ?> consumer = idle.getConsumer();
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        if (ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
            timer.execute(() -> start("registers loaded"));
        }
    }

    private void start(String why) {
        if (started.compareAndSet(false, true)) {
            log.info("Starting the ledger and totals consumers: {}", why);
            bindings.start(properties.ledgerBinding());
            bindings.start(properties.totalsBinding());
        }
    }

    @Override
    public Health health() {
        return started.get() ? Health.up().build()
                : Health.outOfService().withDetail("waiting", "registers from pacer.reference").build();
    }
}
