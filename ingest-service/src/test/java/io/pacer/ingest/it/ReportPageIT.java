package io.pacer.ingest.it;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The reporters' page: who a token is ({@code GET /api/v1/me}) and the static page, open and under a CSP. */
class ReportPageIT extends IngestITBase {

    @Test
    void aReporterSeesItsEntitiesWithTheirNamesAndNeverItsToken() {
        String both = Fixture.token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"e2\",\"e1\"]}");

        Http.Response response = http.get("/api/v1/me", both);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode me = response.json();
        assertThat(me.get("role").asString()).isEqualTo("REPORTER");
        JsonNode entities = me.get("entities");
        assertThat(entities).hasSize(2);
        assertThat(entities.get(0).get("id").asString()).isEqualTo("e1");
        assertThat(entities.get(0).get("name").asString()).isEqualTo("创新科技有限公司");
        assertThat(entities.get(0).get("regionId").asString()).isEqualTo("t1");
        assertThat(entities.get(0).get("regionName").asString()).isEqualTo("科创园");
        assertThat(entities.get(1).get("id").asString()).isEqualTo("e2");
        assertThat(entities.get(1).get("name").asString()).isEqualTo("东街道财政所");
        assertThat(me.get("regionIds")).isEmpty();
        assertThat(response.body()).doesNotContain(both).doesNotContain(io.pacer.support.security.TokenHashing
                .sha256Hex(both));
    }

    @Test
    void theStatisticsOfficeSeesItsRoleAndNoEntities() {
        JsonNode me = http.get("/api/v1/me", fixture.admin).json();

        assertThat(me.get("role").asString()).isEqualTo("STATISTICS");
        assertThat(me.get("entities")).isEmpty();
    }

    @Test
    void anOfficialSeesItsRegions() {
        JsonNode me = http.get("/api/v1/me", fixture.officialD1).json();

        assertThat(me.get("role").asString()).isEqualTo("OFFICIAL");
        assertThat(me.get("regionIds").get(0).asString()).isEqualTo("d1");
    }

    @Test
    void withoutATokenMeIsUnauthorized() {
        Http.Response response = http.get("/api/v1/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void thePageIsServedWithoutATokenUnderAContentSecurityPolicy() {
        Http.Response page = http.get("/report/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("data-test=\"token-input\"").doesNotContain("<script>");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").contains("connect-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(http.get("/report/assets/app.js", null).status()).isEqualTo(200);
        assertThat(http.get("/report/assets/report.css", null).status()).isEqualTo(200);
    }

    @Test
    void reportWithoutTheSlashRedirectsToThePage() {
        Http.Response response = http.get("/report", null);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/report/");
    }

    @Test
    void everyScriptOfThePageIsAFileOfThisServer() {
        String page = http.get("/report/index.html", null).body();

        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script([^>]*)>").matcher(page);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).contains("src=\"/report/assets/");
            String src = scripts.group(1).replaceAll(".*src=\"([^\"]+)\".*", "$1");
            assertThat(http.get(src, null).status()).as(src).isEqualTo(200);
        }
        assertThat(count).isPositive();
        assertThat(page).doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("style=\"");
    }
}
