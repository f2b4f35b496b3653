package io.pacer.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.ingest.register.RegisterView;

/**
 * The test district: city c1 > district d1 > towns t1, t2 (and district d2 with no towns yet); entity e1 on t1
 * reports fiscal_revenue, industrial_va, hightech_va and net_migration; e2 on t2 reports fiscal_revenue.
 */
public final class Mother {

    public static final Instant REGISTERED = Instant.parse("2025-01-01T00:00:00Z");

    private Mother() {
    }

    public static List<Region> regions() {
        return List.of(new Region("c1", "示范市", "Demo City", null, RegionLevel.CITY),
                new Region("d1", "高新区", "High-tech District", "c1", RegionLevel.DISTRICT),
                new Region("d2", "老城区", "Old Town District", "c1", RegionLevel.DISTRICT),
                new Region("t1", "科创园", "Science Park", "d1", RegionLevel.TOWN),
                new Region("t2", "东街道", "East Street", "d1", RegionLevel.TOWN));
    }

    public static List<Indicator> indicators() {
        return List.of(
                new Indicator("fiscal_revenue", "财政收入", "Fiscal revenue", "万元", Basis.CUMULATIVE, Better.HIGHER,
                        null, true),
                new Indicator("industrial_va", "规上工业增加值", "Industrial VA", "万元", Basis.CUMULATIVE,
                        Better.HIGHER, null, true),
                new Indicator("hightech_va", "高新技术产业增加值", "High-tech VA", "万元", Basis.CUMULATIVE,
                        Better.HIGHER, "industrial_va", true),
                new Indicator("net_migration", "净迁入人口", "Net migration", "人", Basis.MONTHLY, Better.HIGHER,
                        null, false));
    }

    public static List<ReportingEntity> entities() {
        return List.of(new ReportingEntity("e1", "创新科技有限公司", EntityType.ENTERPRISE, "t1",
                List.of("fiscal_revenue", "industrial_va", "hightech_va", "net_migration"), REGISTERED),
                new ReportingEntity("e2", "东街道财政所", EntityType.DEPARTMENT, "t2", List.of("fiscal_revenue"),
                        REGISTERED));
    }

    /** The registers above, in memory. */
    public static RegisterView view() {
        return new InMemory(regions(), indicators(), entities());
    }

    public static final class InMemory implements RegisterView {

        private final Map<String, Region> regions = new HashMap<>();
        private final Map<String, Indicator> indicators = new HashMap<>();
        private final Map<String, ReportingEntity> entities = new HashMap<>();

        public InMemory(List<Region> regions, List<Indicator> indicators, List<ReportingEntity> entities) {
            regions.forEach(r -> this.regions.put(r.id(), r));
            indicators.forEach(i -> this.indicators.put(i.code(), i));
            entities.forEach(e -> this.entities.put(e.id(), e));
        }

        @Override
        public Optional<Region> region(String id) {
            return Optional.ofNullable(regions.get(id));
        }

        @Override
        public Optional<Indicator> indicator(String code) {
            return Optional.ofNullable(indicators.get(code));
        }

        @Override
        public Optional<ReportingEntity> entity(String id) {
            return Optional.ofNullable(entities.get(id));
        }

        @Override
        public boolean hasChildRegions(String regionId) {
            return regions.values().stream().anyMatch(r -> regionId.equals(r.parentId()));
        }

        @Override
        public boolean hasEntities(String regionId) {
            return entities.values().stream().anyMatch(e -> regionId.equals(e.regionId()));
        }
    }
}
