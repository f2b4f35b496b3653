/**
 * The read side of the REST contract: rankings, figures, contributors and exports, read from the store (never from
 * the consumer side), with the token checks of each.
 */
package io.pacer.aggregate.ranking;
