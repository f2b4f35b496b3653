package io.pacer.aggregate.figure;

import java.util.Set;

import io.pacer.events.Indicator;
import io.pacer.events.Region;

/** What the figures need from the registers; anything not yet seen on pacer.reference is null or empty. */
public interface ReferenceView {

    Indicator indicator(String code);

    Region region(String id);

    /** Registered entities of a region that list the indicator. */
    Set<String> expectedEntities(String regionId, String indicator);

    /** The region an entity is registered in; null when it is not (yet) registered. */
    String registeredRegion(String entityId);

    /** Children of a region, as far as known. */
    Set<String> childrenOf(String parentId);

    /** The indicators whose share is taken of this one. */
    Set<String> sharingOf(String indicator);
}
