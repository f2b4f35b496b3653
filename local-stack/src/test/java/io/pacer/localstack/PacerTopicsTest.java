package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import io.pacer.events.TopicSpec;
import io.pacer.events.Topics;

class PacerTopicsTest {

    private static final Pattern BOUND_TOPIC = Pattern.compile("^\\s*(?:destination|dlq-name):\\s*(\\S+)\\s*$");

    @Test
    void definitionsAreTopicsAllWithTheLedgersPartitionsWhereTheSpecSaysSo() {
        List<NewTopic> definitions = PacerTopics.definitions(5);

        assertThat(definitions).extracting(NewTopic::name)
                .containsExactlyElementsOf(Topics.ALL.stream().map(TopicSpec::name).toList());
        for (NewTopic topic : definitions) {
            TopicSpec spec = Topics.spec(topic.name());
            assertThat(topic.numPartitions()).as(topic.name()).isEqualTo(spec.partitions().followsLedger() ? 5
                    : spec.partitions().fixed());
            assertThat(topic.configs()).as(topic.name()).isEqualTo(spec.configs());
            assertThat(topic.replicationFactor()).as(topic.name()).isEqualTo((short) -1);
        }
        assertThat(definitions).filteredOn(t -> t.name().equals(Topics.PROJECTS_DLQ)).singleElement()
                .extracting(NewTopic::numPartitions).isEqualTo(1);
    }

    @Test
    void everyTopicAServiceBindsOrDeadLettersToIsCreated() throws IOException {
        Set<String> bound = new TreeSet<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path config : modules.map(m -> m.resolve("src/main/resources/application.yml"))
                    .filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(config)) {
                    Matcher matcher = BOUND_TOPIC.matcher(line);
                    if (matcher.matches()) {
                        bound.addAll(Arrays.asList(matcher.group(1).split(",")));
                    }
                }
            }
        }

        assertThat(bound).as("topics named in the services' application.yml").contains(Topics.SUBMISSIONS,
                Topics.FIGURES_DLQ);
        assertThat(Topics.ALL.stream().map(TopicSpec::name).toList())
                .as("a service's application.yml names a topic that Topics.ALL lacks: add its TopicSpec to Topics.ALL"
                        + " and regenerate " + CreateTopicsScript.PATH)
                .containsAll(bound);
    }
}
