#!/bin/bash
# Creates Pacer's topics on the compose broker before the services start. Mirrors
# local-stack's PacerTopics (io.pacer.localstack.PacerTopics), which does the same for ./pacer up: keep both in step.
set -euo pipefail

BOOTSTRAP=${KAFKA_BOOTSTRAP:-kafka:19092}
PARTITIONS=${PACER_PARTITIONS:-6}
TOPICS=/opt/kafka/bin/kafka-topics.sh

create() {
    local name=$1 partitions=$2
    shift 2
    local configs=()
    for config in "$@"; do configs+=(--config "$config"); done
    "$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$name" \
        --partitions "$partitions" --replication-factor 1 "${configs[@]}"
}

create pacer.submissions "$PARTITIONS" retention.ms=-1
create pacer.reference 1 cleanup.policy=compact retention.ms=-1
create pacer.figures "$PARTITIONS"
create pacer.region-totals "$PARTITIONS"
create pacer.alerts "$PARTITIONS"
create pacer.targets 1 cleanup.policy=compact retention.ms=-1
create pacer.projects 1 cleanup.policy=compact retention.ms=-1
create pacer.inbox "$PARTITIONS"
create pacer.inbox.rejected "$PARTITIONS" retention.ms=-1
# A dead-letter topic has as many partitions as its source (the binder keeps a record's partition) and keeps
# its records until someone looks at them.
create pacer.submissions.dlq "$PARTITIONS" retention.ms=-1
create pacer.reference.dlq 1 retention.ms=-1
create pacer.figures.dlq "$PARTITIONS" retention.ms=-1
create pacer.region-totals.dlq "$PARTITIONS" retention.ms=-1
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --list
