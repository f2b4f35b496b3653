package io.pacer.ingest.register;

import java.util.List;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.RegionLevel;

/** The JSON bodies of the register endpoints. {@code id}/{@code code} may be omitted in a PUT (the path has it). */
final class RegisterRequests {

    private RegisterRequests() {
    }

    record RegionRequest(String id, String name, String nameEn, String parentId, RegionLevel level) {
    }

    record IndicatorRequest(String code, String name, String nameEn, String unit, Basis basis, Better better,
            String shareOf, Boolean nonNegative) {
    }

    record EntityRequest(String id, String name, EntityType type, String regionId, List<String> indicators) {
    }

    record ReferenceDocument(List<RegionRequest> regions, List<IndicatorRequest> indicators,
            List<EntityRequest> entities) {

        ReferenceDocument {
            regions = regions == null ? List.of() : regions;
            indicators = indicators == null ? List.of() : indicators;
            entities = entities == null ? List.of() : entities;
        }
    }
}
