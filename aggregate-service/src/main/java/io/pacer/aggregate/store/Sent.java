package io.pacer.aggregate.store;

import java.util.concurrent.CompletableFuture;

/**
 * One event handed to the producer: its acknowledgement, which {@link StoreWriter} awaits before it stores what the
 * event publishes, and what it is, for a dead letter if Kafka refuses it.
 */
public record Sent(CompletableFuture<?> ack, String kind, String id) {
}
