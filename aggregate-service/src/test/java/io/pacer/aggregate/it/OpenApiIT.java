package io.pacer.aggregate.it;

import io.pacer.support.testing.ContractPaths;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The v1 contract as OpenAPI, on the same context as the other ITs: open without a token, listing what is served. */
class OpenApiIT extends ServiceIT {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theDocumentIsOpenAndListsEveryV1HandlerWithItsMethodsAndNothingElse() {
        Http.Answer docs = new Http(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().at("/info/title").asString()).isEqualTo("Pacer aggregate-service");
        assertThat(docs.body().at("/info/version").asString()).isEqualTo("v1");
        assertThat(ContractPaths.handled(mapping)).containsKey("/api/v1/rankings")
                .containsKey("/api/v1/admin/rebuild");
        assertThat(ContractPaths.documented(docs.body())).isEqualTo(ContractPaths.handled(mapping));
    }

    @Test
    void theDocumentDeclaresBearerTokensForEveryOperationWhileTheApiStillRefusesCallsWithoutOne() {
        Http http = new Http(port);
        JsonNode openApi = http.get("/v3/api-docs", null).body();

        assertThat(openApi.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(openApi.at("/security/0/bearer").isArray()).isTrue();
        assertThat(http.status("/api/v1/rankings?period=2025-03&indicator=x&parent=y")).isEqualTo(401);
        assertThat(http.post("/api/v1/admin/rebuild", null).status()).isEqualTo(401);
    }

    @Test
    void swaggerUiLoadsWithoutATokenAndRunsOnlyFilesUnderTheDashboardPolicy() {
        Http http = new Http(port);

        assertThat(http.status("/swagger-ui.html")).isEqualTo(302);
        assertThat(http.status("/swagger-ui/index.html")).isEqualTo(200);
        assertThat(http.header("/swagger-ui/index.html", "Content-Security-Policy")).contains("script-src 'self'",
                "connect-src 'self'", "img-src 'self' data:");
        String page = http.text("/swagger-ui/index.html");
        assertThat(ContractPaths.onlyFileScriptsAndStyles(page)).as(page).isTrue();
        assertThat(http.status("/swagger-ui/swagger-initializer.js")).isEqualTo(200);
        assertThat(http.get("/v3/api-docs/swagger-config", null).body().at("/url").asString())
                .isEqualTo("/v3/api-docs");
    }
}
