package io.pacer.ingest.register;

import java.util.Optional;

import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;

/** What the register rules need to know about the registers as they stand. */
public interface RegisterView {

    Optional<Region> region(String id);

    Optional<Indicator> indicator(String code);

    Optional<ReportingEntity> entity(String id);

    boolean hasChildRegions(String regionId);

    boolean hasEntities(String regionId);
}
