package io.pacer.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import io.pacer.events.TopicSpec;
import io.pacer.events.Topics;

/** On start, ingest has created its topics on the broker as Topics.ALL specifies them (ledger of 3 partitions). */
class TopicSetupIT extends IngestITBase {

    private static final List<String> INGESTS = List.of(Topics.SUBMISSIONS, Topics.REFERENCE, Topics.PROJECTS,
            Topics.INBOX, Topics.INBOX_REJECTED, Topics.SUBMISSIONS_DLQ, Topics.REFERENCE_DLQ, Topics.PROJECTS_DLQ);

    @Test
    void ingestsTopicsExistWithTheSpecsPartitionsCompactionAndRetention() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            Map<String, TopicDescription> described = admin.describeTopics(INGESTS).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            Map<ConfigResource, Config> configs = admin.describeConfigs(INGESTS.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all()
                    .get(30, TimeUnit.SECONDS);

            for (String name : INGESTS) {
                TopicSpec spec = Topics.spec(name);
                assertThat(described.get(name).partitions()).as(name).hasSize(spec.partitionCount(3));
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
                assertThat(config.get("cleanup.policy").value()).as(name)
                        .isEqualTo(spec.compacted() ? "compact" : "delete");
                if (spec.retention() == TopicSpec.Retention.FOREVER) {
                    assertThat(config.get("retention.ms").value()).as(name).isEqualTo("-1");
                } else {
                    assertThat(config.get("retention.ms").value()).as(name).isNotEqualTo("-1");
                }
            }
            assertThat(described.get(Topics.SUBMISSIONS_DLQ).partitions()).hasSize(3);
        }
    }
}
