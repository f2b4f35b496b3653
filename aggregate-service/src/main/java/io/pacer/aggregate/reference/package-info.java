/**
 * The registers (regions, indicators, entities) as the aggregate reads them from {@code pacer.reference}, and the
 * wait for them at start-up before the ledger is read.
 */
package io.pacer.aggregate.reference;
