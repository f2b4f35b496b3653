package io.pacer.ingest.it;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers for the project ITs, beside the Mother's: district pd (under c1) with towns pz1, pz2, pz3; the three
 * project indicators (CUMULATIVE); per town an investment bureau {@code <town>-inv} (DEPARTMENT: the three counts and
 * fiscal_revenue), and on pz1 an enterprise pz1-e1. Tokens: each bureau's reporter, the enterprise's, and an
 * official for pd.
 */
public final class ProjectFixture {

    private static final Map<String, ProjectFixture> BY_BASE = new java.util.concurrent.ConcurrentHashMap<>();

    public final String pz1Inv;
    public final String pz2Inv;
    public final String pz3Inv;
    public final String pz1Enterprise;
    public final String officialPd;

    private ProjectFixture(Http http) {
        String indicators = "\"indicators\":[" + indicator("projects_signed", "新签约项目") + ","
                + indicator("projects_started", "亿元以上项目新开工") + ","
                + indicator("projects_completed", "亿元以上项目竣工") + "]";
        String regions = "\"regions\":[{\"id\":\"pd\",\"name\":\"项目区\",\"nameEn\":\"Project District\","
                + "\"parentId\":\"c1\",\"level\":\"DISTRICT\"}," + town("pz1") + "," + town("pz2") + "," + town("pz3")
                + "]";
        String entities = "\"entities\":[" + bureau("pz1") + "," + bureau("pz2") + "," + bureau("pz3")
                + ",{\"id\":\"pz1-e1\",\"name\":\"甲企业\",\"type\":\"ENTERPRISE\",\"regionId\":\"pz1\","
                + "\"indicators\":[\"fiscal_revenue\"]}]";
        Http.Response loaded = http.postJson("/api/v1/reference", IngestITBase.ADMIN,
                "{" + regions + "," + indicators + "," + entities + "}");
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        pz1Inv = Fixture.token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"pz1-inv\"]}");
        pz2Inv = Fixture.token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"pz2-inv\"]}");
        pz3Inv = Fixture.token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"pz3-inv\"]}");
        pz1Enterprise = Fixture.token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"pz1-e1\"]}");
        officialPd = Fixture.token(http, "{\"role\":\"OFFICIAL\",\"regionIds\":[\"pd\"]}");
    }

    public static ProjectFixture of(Http http) {
        Fixture.of(http);
        return BY_BASE.computeIfAbsent(http.base(), k -> new ProjectFixture(http));
    }

    private static String indicator(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"nameEn\":\"" + code + "\",\"unit\":\"个\","
                + "\"basis\":\"CUMULATIVE\"}";
    }

    private static String town(String id) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + id + "镇\",\"nameEn\":\"" + id + "\",\"parentId\":\"pd\","
                + "\"level\":\"TOWN\"}";
    }

    private static String bureau(String town) {
        return "{\"id\":\"" + town + "-inv\",\"name\":\"" + town + "招商局\",\"type\":\"DEPARTMENT\",\"regionId\":\""
                + town + "\",\"indicators\":[\"projects_signed\",\"projects_started\",\"projects_completed\","
                + "\"fiscal_revenue\"]}";
    }

    /** A project body; null dates are left out. */
    public static String project(String region, String wan, boolean major, String signed, String pile,
            String started, String completed) {
        StringBuilder json = new StringBuilder("{\"name\":\"项目\",\"regionId\":\"" + region
                + "\",\"category\":\"INDUSTRIAL\",\"investmentWan\":" + wan + ",\"aboveYi\":" + major
                + ",\"independentSite\":true,\"signedOn\":\"" + signed + "\"");
        date(json, "pileOn", pile);
        date(json, "startedOn", started);
        date(json, "completedOn", completed);
        return json.append('}').toString();
    }

    private static void date(StringBuilder json, String field, String day) {
        if (day != null) {
            json.append(",\"").append(field).append("\":\"").append(day).append('"');
        }
    }
}
