/**
 * Targets: their validation, their REST endpoints, {@code pacer.targets} as their record of truth, and the in-
 * memory book. A target set live is told to the {@link io.pacer.alert.target.TargetListener}s, which judge it; this
 * package calls nothing above it.
 */
package io.pacer.alert.target;
