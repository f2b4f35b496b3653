package io.pacer.ingest.submission;

import java.util.Optional;

/**
 * Figures Pacer derives itself and nobody submits by hand: for a (region, indicator) whose figures are derived, what
 * they are derived from (e.g. "the project register"); a hand submission of one is refused with 409.
 */
public interface DerivedIndicators {

    /** What the region's figures of {@code indicator} are derived from, or empty if they are reported by hand. */
    Optional<String> derivedFrom(String regionId, String indicator);
}
