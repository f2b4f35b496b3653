/**
 * Bringing the in-memory figures, targets and projects back from their topics: on partition assignment (up to the
 * stored positions, without judging) and on {@code POST /api/v1/admin/rebuild}, which then judges every target and
 * project once.
 */
package io.pacer.alert.restore;
