package io.pacer.ingest.register;

import java.util.List;
import java.util.stream.Stream;

import io.pacer.events.Basis;
import io.pacer.events.EntityType;
import io.pacer.events.RegionLevel;
import io.pacer.ingest.Mother;
import io.pacer.ingest.register.RegisterRequests.EntityRequest;
import io.pacer.ingest.register.RegisterRequests.IndicatorRequest;
import io.pacer.ingest.register.RegisterRequests.RegionRequest;
import io.pacer.support.web.FieldIssue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterRulesTest {

    static IndicatorRequest indicator(String code, String shareOf) {
        return new IndicatorRequest(code, "名称", "Name", "万元", Basis.CUMULATIVE, null, shareOf, null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a new town under a district", new RegionRequest("t3", "西镇", null, "d1", RegionLevel.TOWN),
                        null, null),
                Arguments.of("a city has no parent", new RegionRequest("c2", "市", null, "c1", RegionLevel.CITY),
                        "parentId", "a CITY has no parent"),
                Arguments.of("a district needs a parent", new RegionRequest("d3", "区", null, null,
                        RegionLevel.DISTRICT), "parentId", "is required for a DISTRICT"),
                Arguments.of("the parent must exist", new RegionRequest("t3", "镇", null, "d9", RegionLevel.TOWN),
                        "parentId", "unknown region 'd9'"),
                Arguments.of("levels must nest", new RegionRequest("t3", "镇", null, "c1", RegionLevel.TOWN),
                        "parentId", "a TOWN cannot hang under c1, a CITY"),
                Arguments.of("a region with entities gets no children", new RegionRequest("x1", "片区", null, "t1",
                        RegionLevel.TOWN), "parentId", "a TOWN cannot hang under t1"),
                Arguments.of("level cannot change under children", new RegionRequest("d1", "区", null, "c1",
                        RegionLevel.TOWN), "parentId", "a TOWN cannot hang under c1"),
                Arguments.of("id pattern", new RegionRequest("t 3", "镇", null, "d1", RegionLevel.TOWN), "id",
                        "letters, digits"),
                Arguments.of("name required", new RegionRequest("t3", " ", null, "d1", RegionLevel.TOWN), "name",
                        "is required"),
                Arguments.of("level required", new RegionRequest("t3", "镇", null, "d1", null), "level", "is required"),
                Arguments.of("a good indicator", indicator("energy_use", null), null, null),
                Arguments.of("code pattern: upper case", indicator("Energy", null), "code", "[a-z][a-z0-9_]{1,63}"),
                Arguments.of("code pattern: one letter", indicator("e", null), "code", "[a-z][a-z0-9_]{1,63}"),
                Arguments.of("code pattern: 65 characters", indicator("e".repeat(65), null), "code",
                        "must be at most 64 characters"),
                Arguments.of("id with a control character", new RegionRequest("t\n3", "镇", null, "d1",
                        RegionLevel.TOWN), "id", "must not contain control characters, was 't\\u000a3'"),
                Arguments.of("parent id of a megabyte", new RegionRequest("t3", "镇", null, "d".repeat(1 << 20),
                        RegionLevel.TOWN), "parentId", "at most 64 characters, was '" + "d".repeat(40) + "…'"),
                Arguments.of("shareOf of 65 characters", indicator("equipment_va", "i".repeat(65)), "shareOf",
                        "at most 64 characters"),
                Arguments.of("an entity's indicator of 65 characters", new EntityRequest("e3", "企业",
                        EntityType.ENTERPRISE, "t2", List.of("i".repeat(65))), "indicators[0]", "at most 64 characters"),
                Arguments.of("an entity's region with a control character", new EntityRequest("e3", "企业",
                        EntityType.ENTERPRISE, "t\u00002", List.of("fiscal_revenue")), "regionId", "control characters"),
                Arguments.of("code pattern: leading digit", indicator("1abc", null), "code", "must match"),
                Arguments.of("shareOf must exist", indicator("equipment_va", "gdp"), "shareOf", "unknown indicator 'gdp'"),
                Arguments.of("shareOf of an existing one", indicator("equipment_va", "industrial_va"), null, null),
                Arguments.of("shareOf itself", indicator("equipment_va", "equipment_va"), "shareOf", "itself"),
                Arguments.of("basis required", new IndicatorRequest("abc", "n", null, "u", null, null, null, null),
                        "basis", "is required"),
                Arguments.of("unit required", new IndicatorRequest("abc", "n", null, null, Basis.STOCK, null, null,
                        null), "unit", "is required"),
                Arguments.of("an entity on a town", new EntityRequest("e3", "企业", EntityType.ENTERPRISE, "t2",
                        List.of("fiscal_revenue")), null, null),
                Arguments.of("entities only on leaf regions", new EntityRequest("e3", "企业", EntityType.ENTERPRISE,
                        "d1", List.of("fiscal_revenue")), "regionId", "has child regions"),
                Arguments.of("not on a city", new EntityRequest("e3", "企业", EntityType.ENTERPRISE, "c1",
                        List.of("fiscal_revenue")), "regionId", "cannot hang on a CITY"),
                Arguments.of("a leaf district takes entities", new EntityRequest("e3", "局", EntityType.DEPARTMENT,
                        "d2", List.of("fiscal_revenue")), null, null),
                Arguments.of("region must exist", new EntityRequest("e3", "企业", EntityType.ENTERPRISE, "t9",
                        List.of("fiscal_revenue")), "regionId", "unknown region 't9'"),
                Arguments.of("indicators must exist", new EntityRequest("e3", "企业", EntityType.ENTERPRISE, "t1",
                        List.of("fiscal_revenue", "gdp")), "indicators[1]", "unknown indicator 'gdp'"),
                Arguments.of("indicators listed once", new EntityRequest("e3", "企业", EntityType.ENTERPRISE, "t1",
                        List.of("fiscal_revenue", "fiscal_revenue")), "indicators[1]", "more than once"),
                Arguments.of("at least one indicator", new EntityRequest("e3", "企业", EntityType.ENTERPRISE, "t1",
                        List.of()), "indicators", "at least one"),
                Arguments.of("type required", new EntityRequest("e3", "企业", null, "t1", List.of("fiscal_revenue")),
                        "type", "is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void registerRules(String name, Object request, String field, String message) {
        RegisterView view = Mother.view();
        List<FieldIssue> issues = request instanceof RegionRequest r ? RegisterRules.region(r, "", view)
                : request instanceof IndicatorRequest i ? RegisterRules.indicator(i, "", view)
                : RegisterRules.entity((EntityRequest) request, "", view);
        if (field == null) {
            assertThat(issues).isEmpty();
        }
        else {
            assertThat(issues).anySatisfy(issue -> {
                assertThat(issue.field()).isEqualTo(field);
                assertThat(issue.message()).contains(message);
            });
        }
    }
}
