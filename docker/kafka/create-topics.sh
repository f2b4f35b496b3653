#!/bin/bash
# Creates Pacer's topics on the compose broker before the services start.
# GENERATED from io.pacer.events.Topics.ALL by io.pacer.localstack.CreateTopicsScript: do not edit; regenerate with
#   mvn -B -q -o -pl event-model,local-stack -am compile && java -cp event-model/target/classes:local-stack/target/classes io.pacer.localstack.CreateTopicsScript > docker/kafka/create-topics.sh
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
    "$TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$name" \
        --partitions "$partitions" --replication-factor 1 "${configs[@]}"
}

# the ledger: every accepted figure, the source of every projection (key: parent region id of the entity's region)
create pacer.submissions "$PARTITIONS" retention.ms=-1
# registers and tokens (key: ReferenceKeys: region:, indicator:, entity:, token: + id)
create pacer.reference 1 cleanup.policy=compact retention.ms=-1
# region figures with their ranks, for alert-service (key: parent region id)
create pacer.figures "$PARTITIONS"
# region totals re-published by aggregate-service to rank the next level up (key: parent region id)
create pacer.region-totals "$PARTITIONS"
# alert transitions, for notifications and the dashboard (key: region id)
create pacer.alerts "$PARTITIONS"
# officials' targets; a tombstone deletes one (key: year:regionId:indicator)
create pacer.targets 1 cleanup.policy=compact retention.ms=-1
# the project register; a tombstone deletes a project (key: project id)
create pacer.projects 1 cleanup.policy=compact retention.ms=-1
# submissions from department systems that speak Kafka (key: the sender's idempotency key)
create pacer.inbox "$PARTITIONS"
# the inbox records ingest-service did not accept, and why (key: the inbox record's key)
create pacer.inbox.rejected "$PARTITIONS" retention.ms=-1
# records of pacer.submissions a consumer could not read, kept for someone to look at (key: parent region id of the entity's region)
create pacer.submissions.dlq "$PARTITIONS" retention.ms=-1
# records of pacer.reference a consumer could not read, kept for someone to look at (key: ReferenceKeys: region:, indicator:, entity:, token: + id)
create pacer.reference.dlq 1 retention.ms=-1
# records of pacer.figures a consumer could not read, kept for someone to look at (key: parent region id)
create pacer.figures.dlq "$PARTITIONS" retention.ms=-1
# records of pacer.region-totals a consumer could not read, kept for someone to look at (key: parent region id)
create pacer.region-totals.dlq "$PARTITIONS" retention.ms=-1
# records of pacer.projects a consumer could not read, kept for someone to look at (key: project id)
create pacer.projects.dlq 1 retention.ms=-1
# records of pacer.targets a consumer could not read, kept for someone to look at (key: year:regionId:indicator)
create pacer.targets.dlq 1 retention.ms=-1
"$TOPICS" --bootstrap-server "$BOOTSTRAP" --list
