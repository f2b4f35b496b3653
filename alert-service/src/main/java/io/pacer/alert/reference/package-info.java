/**
 * Regions, indicators and entities as {@code pacer.reference} last gave them, and who may see which regions. A
 * region or indicator that arrives new or changed is told to the {@link
 * io.pacer.alert.reference.ReferenceListener}s; this package calls nothing above it.
 */
package io.pacer.alert.reference;
