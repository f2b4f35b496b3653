package io.pacer.ingest.register;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;

/** The registers as they would stand once a bulk document is applied: its records over the stored ones. */
final class OverlayView implements RegisterView {

    private final RegisterView base;
    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, ReportingEntity> entities = new HashMap<>();

    OverlayView(RegisterView base) {
        this.base = base;
    }

    void put(Region region) {
        if (region.id() != null) {
            regions.put(region.id(), region);
        }
    }

    void put(Indicator indicator) {
        if (indicator.code() != null) {
            indicators.put(indicator.code(), indicator);
        }
    }

    void put(ReportingEntity entity) {
        if (entity.id() != null) {
            entities.put(entity.id(), entity);
        }
    }

    @Override
    public Optional<Region> region(String id) {
        return regions.containsKey(id) ? Optional.of(regions.get(id)) : base.region(id);
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return indicators.containsKey(code) ? Optional.of(indicators.get(code)) : base.indicator(code);
    }

    @Override
    public Optional<ReportingEntity> entity(String id) {
        return entities.containsKey(id) ? Optional.of(entities.get(id)) : base.entity(id);
    }

    @Override
    public boolean hasChildRegions(String regionId) {
        return regions.values().stream().anyMatch(r -> regionId.equals(r.parentId()))
                || base.hasChildRegions(regionId);
    }

    @Override
    public boolean hasEntities(String regionId) {
        return entities.values().stream().anyMatch(e -> regionId.equals(e.regionId())) || base.hasEntities(regionId);
    }
}
