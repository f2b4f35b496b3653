/**
 * When a partition flushes (live at once, coalesced while a backlog is read), the clock that flushes idle ones, and
 * publishing figures and totals to Kafka.
 */
package io.pacer.aggregate.flush;
