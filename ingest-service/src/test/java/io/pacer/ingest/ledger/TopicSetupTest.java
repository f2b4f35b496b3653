package io.pacer.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import io.pacer.events.Topics;

class TopicSetupTest {

    private static NewTopic named(List<NewTopic> topics, String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void ingestsTopicsTakeTheirPartitionsAndConfigsFromTopicsAll() {
        List<NewTopic> wanted = TopicSetup.wanted(3);

        assertThat(wanted).extracting(NewTopic::name).containsExactlyElementsOf(TopicSetup.TOPICS);
        for (NewTopic topic : wanted) {
            assertThat(topic.configs()).as(topic.name()).isEqualTo(Topics.spec(topic.name()).configs());
            assertThat(topic.numPartitions()).as(topic.name())
                    .isEqualTo(Topics.spec(topic.name()).partitionCount(3));
        }
        assertThat(named(wanted, Topics.SUBMISSIONS).numPartitions()).isEqualTo(3);
        assertThat(named(wanted, Topics.SUBMISSIONS_DLQ).numPartitions()).isEqualTo(3);
        assertThat(named(wanted, Topics.PROJECTS_DLQ).numPartitions()).isEqualTo(1);
        assertThat(named(wanted, Topics.REFERENCE).configs())
                .isEqualTo(Map.of("cleanup.policy", "compact", "retention.ms", "-1"));
    }

    @Test
    void ingestCreatesEveryTopicItsBindingsName() throws IOException {
        Pattern bound = Pattern.compile("^\\s*(?:destination|dlq-name):\\s*(\\S+)\\s*$");
        Set<String> named = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.yml"))) {
            Matcher matcher = bound.matcher(line);
            if (matcher.matches()) {
                named.add(matcher.group(1));
            }
        }

        assertThat(named).contains(Topics.SUBMISSIONS, Topics.SUBMISSIONS_DLQ);
        assertThat(TopicSetup.TOPICS).as("add the topic to TopicSetup.TOPICS (and to Topics.ALL)").containsAll(named);
    }
}
