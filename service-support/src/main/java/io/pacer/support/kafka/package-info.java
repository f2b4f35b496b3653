/**
 * The poison-and-retry policy of every Pacer consumer: a record that cannot be read goes alone to
 * {@code <topic>.dlq} and the rest goes on; any other failure (MongoDB away, Kafka refusing the dead letter, a store
 * write failing) is retried from the same offsets until it passes. {@link io.pacer.support.kafka.PoisonAndRetry}
 * is the listener containers' error handling, {@link io.pacer.support.kafka.KafkaDeadLetters} the one sender of
 * dead letters, {@link io.pacer.support.kafka.PoisonRecordException} the mark of a record that can never pass.
 */
package io.pacer.support.kafka;
