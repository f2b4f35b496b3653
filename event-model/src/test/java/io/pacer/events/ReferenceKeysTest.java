package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceKeysTest {

    @Test
    void referenceValuesDecodeByTheirKeyPrefix() {
        List<Object> references = List.of(
                new Region("d1", "区", "District", "city", RegionLevel.DISTRICT),
                new Indicator("energy_use", "综合能耗", "Energy use", "吨标准煤", Basis.CUMULATIVE, Better.LOWER, null,
                        true),
                new ReportingEntity("e9", "财政局", EntityType.DEPARTMENT, "gxq", List.of("fiscal_revenue"),
                        Instant.EPOCH),
                new TokenRecord("ff00", Role.OFFICIAL, List.of(), List.of("d1"), true, Instant.EPOCH));
        for (Object reference : references) {
            String key = ReferenceKeys.of(reference);
            assertThat(PacerJson.readReference(key, PacerJson.write(reference))).isEqualTo(reference);
        }
        assertThat(ReferenceKeys.of(references.get(0))).isEqualTo("region:d1");
        assertThat(ReferenceKeys.of(references.get(3))).isEqualTo("token:ff00");
    }

    @Test
    void unknownKeyPrefixDecodesToNull() {
        assertThat(PacerJson.readReference("target:1", "{}".getBytes())).isNull();
    }

    @Test
    void unknownFieldsAreIgnoredSoTopicsCanEvolveAdditively() {
        String json = "{\"schemaVersion\":2,\"id\":\"d1\",\"name\":\"区\",\"nameEn\":\"D\",\"parentId\":\"c\","
                + "\"level\":\"DISTRICT\",\"population\":12}";
        Region region = PacerJson.read(json.getBytes(), Region.class);
        assertThat(region.id()).isEqualTo("d1");
        assertThat(region.schemaVersion()).isEqualTo(2);
    }

    @Test
    void levelsNestStrictly() {
        assertThat(RegionLevel.TOWN.nestsUnder(RegionLevel.DISTRICT)).isTrue();
        assertThat(RegionLevel.DISTRICT.nestsUnder(RegionLevel.CITY)).isTrue();
        assertThat(RegionLevel.TOWN.nestsUnder(RegionLevel.CITY)).isFalse();
        assertThat(RegionLevel.CITY.nestsUnder(null)).isFalse();
    }
}
