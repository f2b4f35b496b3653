package io.pacer.localstack;

import java.util.List;
import java.util.stream.Collectors;

import io.pacer.events.TopicSpec;
import io.pacer.events.Topics;

/**
 * Prints {@code docker/kafka/create-topics.sh}, the script that creates Pacer's topics on the compose broker, from
 * {@link Topics#ALL}: the same topics {@link PacerTopics} creates for {@code ./pacer up}. A topic that follows the
 * ledger gets {@code $PARTITIONS}. Regenerate after changing {@link Topics#ALL}, with {@link #REGENERATE}.
 */
public final class CreateTopicsScript {

    /** The committed script, relative to the repository root. */
    public static final String PATH = "docker/kafka/create-topics.sh";
    /** How to regenerate the committed script, from the repository root. */
    public static final String REGENERATE = "mvn -B -q -o -pl event-model,local-stack -am compile && java -cp "
            + "event-model/target/classes:local-stack/target/classes " + CreateTopicsScript.class.getName()
            + " > " + PATH;

    private static final String HEADER = """
            #!/bin/bash
            # Creates Pacer's topics on the compose broker before the services start.
            # GENERATED from io.pacer.events.Topics.ALL by io.pacer.localstack.CreateTopicsScript: do not edit; regenerate with
            #   %s
            # (local-stack's CreateTopicsScriptTest fails while this file differs from what it generates).
            set -euo pipefail

            BOOTSTRAP=${KAFKA_BOOTSTRAP:-kafka:19092}
            PARTITIONS=${PACER_PARTITIONS:-6}
            TOPICS=/opt/kafka/bin/kafka-topics.sh

            create() {
                local name=$1 partitions=$2
                shift 2
                local configs=()
                for config in "$@"; do configs+=(--config "$config"); done
                "$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$name" \\
                    --partitions "$partitions" --replication-factor 1 "${configs[@]}"
            }

            """;

    private CreateTopicsScript() {
    }

    /** The script's text for these topics. */
    public static String generate(List<TopicSpec> topics) {
        StringBuilder script = new StringBuilder(HEADER.formatted(REGENERATE));
        for (TopicSpec topic : topics) {
            script.append("# ").append(topic.purpose()).append(" (key: ").append(topic.key()).append(")\n");
            script.append(createLine(topic)).append('\n');
        }
        script.append("\"$TOPICS\" --bootstrap-server \"$BOOTSTRAP\" --list\n");
        return script.toString();
    }

    /** {@code create NAME PARTITIONS CONFIG…} for one topic. */
    static String createLine(TopicSpec topic) {
        String partitions = topic.partitions().followsLedger() ? "\"$PARTITIONS\""
                : String.valueOf(topic.partitions().fixed());
        String configs = topic.configs().entrySet().stream().map(c -> " " + c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining());
        return "create " + topic.name() + " " + partitions + configs;
    }

    public static void main(String[] args) {
        System.out.print(generate(Topics.ALL));
    }
}
