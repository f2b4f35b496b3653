package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pacer.aggregate.AggregateApplication;
import io.pacer.aggregate.input.ColocatingAssignor;
import io.pacer.events.Topics;
import io.pacer.localstack.SharedMongo;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Partition N of the ledger and of the totals is read in one instance, whatever the instances and their consumer
 * threads: after a rebalance brings a second instance in, and after one instance leaves (the survivor takes every
 * partition), on the real broker.
 */
class ColocationIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String SERVICE_GROUP = "aggregate-service";

    @Autowired
    Environment environment;

    @Test
    void twoInstancesOfPlainConsumersHoldBothTopicsOfEachNumberAndTheSurvivorTakesThemAll() throws Exception {
        String brokers = broker.getBrokersAsString();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> topics = List.of("colocation-ledger-" + suffix, "colocation-totals-" + suffix);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 6, (short) 1)).toList()).all().get();
        }
        String group = "colocation-" + suffix;
        try (PollingConsumers a = new PollingConsumers(brokers, group, "a", 2, topics)) {
            try (PollingConsumers b = new PollingConsumers(brokers, group, "b", 2, topics)) {
                await().atMost(WAIT).untilAsserted(() -> {
                    GroupAssignment now = GroupAssignment.of(brokers, group, ColocationIT::plainInstance);
                    assertThat(now.assignor()).isEqualTo(ColocatingAssignor.NAME);
                    now.assertColocated(Set.copyOf(topics), 6);
                    assertThat(now.numbers("a")).hasSize(3);
                    assertThat(now.numbers("b")).hasSize(3);
                });
                assertThat(b.failures).isEmpty();
            }
            await().atMost(WAIT).untilAsserted(() -> {
                GroupAssignment now = GroupAssignment.of(brokers, group, ColocationIT::plainInstance);
                now.assertColocated(Set.copyOf(topics), 6);
                assertThat(now.byInstance()).containsOnlyKeys("a");
            });
            assertThat(a.failures).isEmpty();
        }
    }

    @Test
    void aSecondAggregateInstanceReadsBothTopicsOfItsNumbersAndHandsThemBackWhenItStops() throws Exception {
        String brokers = broker.getBrokersAsString();
        Set<String> topics = Set.of(Topics.SUBMISSIONS, Topics.REGION_TOTALS);
        try (ConfigurableApplicationContext second = secondInstance(brokers)) {
            await().atMost(WAIT).untilAsserted(() -> {
                GroupAssignment now = GroupAssignment.of(brokers, SERVICE_GROUP, ColocationIT::serviceInstance);
                assertThat(now.assignor()).isEqualTo(ColocatingAssignor.NAME);
                now.assertColocated(topics, 3);
                assertThat(now.byInstance()).containsOnlyKeys("first", "second");
                assertThat(now.numbers("first").size() + now.numbers("second").size()).isEqualTo(3);
                assertThat(now.numbers("second")).isNotEmpty();
            });
        }
        await().atMost(WAIT).untilAsserted(() -> {
            GroupAssignment now = GroupAssignment.of(brokers, SERVICE_GROUP, ColocationIT::serviceInstance);
            now.assertColocated(topics, 3);
            assertThat(now.byInstance()).containsOnlyKeys("first");
        });
    }

    /** Another aggregate-service on the same broker and database, its stateful consumers' client ids "second-…". */
    private ConfigurableApplicationContext secondInstance(String brokers) {
        String bindings = "--spring.cloud.stream.kafka.bindings.";
        return new SpringApplicationBuilder(AggregateApplication.class).run("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + brokers, "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                "--spring.cloud.stream.kafka.binder.consumer-properties.fetch.max.wait.ms=50",
                "--pacer.aggregate.consumer-threads=2", "--pacer.mongo.uri=" + SharedMongo.uri(),
                "--pacer.mongo.database=" + environment.getProperty("pacer.mongo.database"),
                bindings + "ledger-in-0.consumer.configuration.client.id=second-ledger",
                bindings + "totals-in-0.consumer.configuration.client.id=second-totals");
    }

    private static String serviceInstance(String clientId) {
        return clientId.startsWith("second-") ? "second" : "first";
    }

    /** "a-ledger-0" → "a". */
    private static String plainInstance(String clientId) {
        return clientId.substring(0, clientId.indexOf('-'));
    }
}
