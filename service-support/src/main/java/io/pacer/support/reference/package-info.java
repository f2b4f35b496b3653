/**
 * One in-memory replica of {@code pacer.reference} per service ({@link io.pacer.support.reference.ReferenceReplica}):
 * the registers and tokens by key, the newest offset winning, with the indexes every service reads and change
 * callbacks for the indexes only one service needs.
 */
package io.pacer.support.reference;
