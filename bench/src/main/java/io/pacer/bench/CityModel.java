package io.pacer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.events.EntityType;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;

/**
 * The benchmark's registers: one city, its districts, towns spread evenly over the districts, entities spread
 * evenly over the towns, each entity listing every indicator.
 */
record CityModel(Region city, List<Region> districts, List<Region> towns, List<IndicatorSpec> indicators,
        List<ReportingEntity> entities) {

    static final String CITY = "bench-city";

    static CityModel of(BenchOptions o) {
        return of(o.districts(), o.towns(), o.entities(), o.indicators());
    }

    static CityModel of(int districtCount, int townCount, int entityCount, int indicatorCount) {
        Region city = new Region(CITY, "基准市", "Bench City", null, RegionLevel.CITY);
        List<Region> districts = new ArrayList<>();
        for (int d = 1; d <= districtCount; d++) {
            districts.add(new Region(String.format("bench-d%02d", d), "区" + d, "District " + d, CITY,
                    RegionLevel.DISTRICT));
        }
        List<Region> towns = new ArrayList<>();
        for (int t = 1; t <= townCount; t++) {
            Region district = districts.get((t - 1) % districtCount);
            towns.add(new Region(String.format("bench-t%03d", t), "镇" + t, "Town " + t, district.id(),
                    RegionLevel.TOWN));
        }
        List<IndicatorSpec> indicators = IndicatorSpec.first(indicatorCount);
        List<String> codes = indicators.stream().map(IndicatorSpec::code).toList();
        List<ReportingEntity> entities = new ArrayList<>();
        for (int e = 1; e <= entityCount; e++) {
            Region town = towns.get((e - 1) % townCount);
            EntityType type = e % 10 == 0 ? EntityType.DEPARTMENT : EntityType.ENTERPRISE;
            entities.add(new ReportingEntity(String.format("bench-e%05d", e), "单位" + e, type, town.id(), codes, null));
        }
        return new CityModel(city, List.copyOf(districts), List.copyOf(towns), indicators, List.copyOf(entities));
    }

    Map<String, Region> regionsById() {
        Map<String, Region> byId = new HashMap<>();
        byId.put(city.id(), city);
        districts.forEach(r -> byId.put(r.id(), r));
        towns.forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    /** The parents whose children get ranked: the city (its districts) and each district (its towns). */
    List<String> rankingParents() {
        List<String> parents = new ArrayList<>();
        parents.add(city.id());
        districts.forEach(d -> parents.add(d.id()));
        return parents;
    }

    /** The bodies of ingest's {@code POST /api/v1/reference}: the regions and indicators, then the entities in chunks. */
    List<Map<String, Object>> referenceDocuments(int entitiesPerDocument) {
        List<Map<String, Object>> regions = new ArrayList<>();
        for (Region r : concat(List.of(city), districts, towns)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", r.name());
            m.put("nameEn", r.nameEn());
            if (r.parentId() != null) {
                m.put("parentId", r.parentId());
            }
            m.put("level", r.level().name());
            regions.add(m);
        }
        List<Map<String, Object>> indicatorDocs = new ArrayList<>();
        for (IndicatorSpec i : indicators) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", i.code());
            m.put("name", i.name());
            m.put("nameEn", i.nameEn());
            m.put("unit", i.unit());
            m.put("basis", i.basis().name());
            m.put("better", i.better().name());
            if (i.shareOf() != null) {
                m.put("shareOf", i.shareOf());
            }
            indicatorDocs.add(m);
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        documents.add(Map.of("regions", regions, "indicators", indicatorDocs));
        for (int from = 0; from < entities.size(); from += entitiesPerDocument) {
            List<Map<String, Object>> chunk = new ArrayList<>();
            for (ReportingEntity e : entities.subList(from, Math.min(entities.size(), from + entitiesPerDocument))) {
                chunk.add(Map.of("id", e.id(), "name", e.name(), "type", e.type().name(), "regionId", e.regionId(),
                        "indicators", e.indicators()));
            }
            documents.add(Map.of("entities", chunk));
        }
        return documents;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
