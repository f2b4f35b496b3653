package io.pacer.ingest.it;

import java.util.List;
import java.util.Map;

import io.pacer.events.PacerJson;
import io.pacer.ingest.Mother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mother's registers, loaded once per running service through the public API, and a token per role:
 * reporters for e1 and e2, an official for d1, an official for d2.
 */
public final class Fixture {

    private static final Map<String, Fixture> BY_BASE = new java.util.concurrent.ConcurrentHashMap<>();

    public final String admin = IngestITBase.ADMIN;
    public final String e1;
    public final String e2;
    public final String officialD1;
    public final String officialD2;

    private Fixture(Http http) {
        String document = PacerJson.mapper().writeValueAsString(Map.of("regions", Mother.regions().stream()
                .map(r -> Map.of("id", r.id(), "name", r.name(), "nameEn", r.nameEn(), "level", r.level(), "parentId",
                        r.parentId() == null ? "" : r.parentId())).toList(),
                "indicators", Mother.indicators().stream().map(i -> {
                    Map<String, Object> m = new java.util.HashMap<>(Map.of("code", i.code(), "name", i.name(),
                            "nameEn", i.nameEn(), "unit", i.unit(), "basis", i.basis(), "better", i.better(),
                            "nonNegative", i.nonNegative()));
                    if (i.shareOf() != null) {
                        m.put("shareOf", i.shareOf());
                    }
                    return m;
                }).toList(),
                "entities", Mother.entities().stream().map(e -> Map.of("id", e.id(), "name", e.name(), "type",
                        e.type(), "regionId", e.regionId(), "indicators", e.indicators())).toList()));
        Http.Response loaded = http.postJson("/api/v1/reference", admin, document);
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        e1 = token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"e1\"]}");
        e2 = token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"e2\"]}");
        officialD1 = token(http, "{\"role\":\"OFFICIAL\",\"regionIds\":[\"d1\"]}");
        officialD2 = token(http, "{\"role\":\"OFFICIAL\",\"regionIds\":[\"d2\"]}");
    }

    static Fixture of(Http http) {
        return BY_BASE.computeIfAbsent(http.base(), k -> new Fixture(http));
    }

    public static String token(Http http, String request) {
        Http.Response created = http.postJson("/api/v1/tokens", IngestITBase.ADMIN, request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("token").asString();
    }

    public static String submission(String entity, String period, String indicator, String value) {
        return "{\"entityId\":\"" + entity + "\",\"period\":\"" + period + "\",\"figures\":[{\"indicator\":\""
                + indicator + "\",\"value\":" + value + "}]}";
    }

    static List<String> tokens(Fixture f) {
        return List.of(f.e1, f.e2, f.officialD1, f.officialD2);
    }
}
