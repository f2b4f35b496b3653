package io.pacer.alert.restore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.pacer.events.Topics;

/**
 * {@code POST /api/v1/admin/rebuild} (STATISTICS): forgets the figures, targets and projects held in memory, reads
 * them again from {@code pacer.figures} (the partitions this instance owns), {@code pacer.targets} and
 * {@code pacer.projects}, and judges every target and project once. Alerts, acknowledgements and the outbox stay in MongoDB; a transition is published only where the
 * rebuilt state disagrees with what was judged before, so nothing already notified is sent again.
 */
@RestController
class RebuildController {

    private static final Logger log = LoggerFactory.getLogger(RebuildController.class);

    private final Restorer restorer;
    private final String bootstrap;

    RebuildController(Restorer restorer, Environment environment) {
        this.restorer = restorer;
        this.bootstrap = environment.getProperty("spring.cloud.stream.kafka.binder.brokers",
                environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092"));
    }

    @PostMapping("/api/v1/admin/rebuild")
    Map<String, Object> rebuild() throws Exception {
        Set<TopicPartition> owned = restorer.owned(Topics.FIGURES);
        Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            owned.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            admin.describeTopics(List.of(Topics.TARGETS, Topics.PROJECTS)).allTopicNames().get()
                    .forEach((topic, description) -> description.partitions().forEach(
                            p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> figureEnds = new HashMap<>();
            Map<TopicPartition, Long> targetEnds = new HashMap<>();
            Map<TopicPartition, Long> projectEnds = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> (tp.topic().equals(Topics.TARGETS)
                    ? targetEnds : tp.topic().equals(Topics.PROJECTS) ? projectEnds : figureEnds)
                    .put(tp, info.offset()));
            log.info("Rebuild requested: figures of {}, targets, projects", owned);
            Map<String, Object> summary = restorer.rebuild(figureEnds, targetEnds, projectEnds);
            log.info("Rebuilt: {}", summary);
            return summary;
        }
    }
}
