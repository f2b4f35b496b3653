package io.pacer.ingest.it;

import io.pacer.support.testing.ContractPaths;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The v1 contract as OpenAPI: open without a token, and listing exactly what the controllers serve. */
class OpenApiIT extends IngestITBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theDocumentIsOpenAndListsEveryV1HandlerWithItsMethodsAndNothingElse() {
        Http.Response docs = http.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode openApi = docs.json();
        assertThat(openApi.at("/info/title").asString()).isEqualTo("Pacer ingest-service");
        assertThat(openApi.at("/info/version").asString()).isEqualTo("v1");
        assertThat(ContractPaths.handled(mapping)).containsKey("/api/v1/submissions")
                .containsKey("/api/v1/tokens/{sha256}");
        assertThat(ContractPaths.documented(openApi)).isEqualTo(ContractPaths.handled(mapping));
    }

    @Test
    void theDocumentDeclaresBearerTokensForEveryOperationWhileTheApiStillRefusesCallsWithoutOne() {
        JsonNode openApi = http.get("/v3/api-docs", null).json();

        assertThat(openApi.at("/components/securitySchemes/bearer/type").asString()).isEqualTo("http");
        assertThat(openApi.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(openApi.at("/security/0/bearer").isArray()).isTrue();
        assertThat(http.get("/api/v1/regions", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/tokens", null).status()).isEqualTo(401);
    }

    @Test
    void swaggerUiLoadsWithoutATokenAndRunsOnlyFilesWithInlineStylesAllowedThereAlone() {
        Http.Response redirect = http.get("/swagger-ui.html", null);
        Http.Response page = http.get("/swagger-ui/index.html", null);

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';",
                "style-src 'self' 'unsafe-inline';", "connect-src 'self';");
        assertThat(http.get("/report/", null).header("Content-Security-Policy")).contains("style-src 'self';");
        assertThat(ContractPaths.onlyFileScriptsAndStyles(page.body())).as(page.body()).isTrue();
        assertThat(http.get("/swagger-ui/swagger-initializer.js", null).status()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs/swagger-config", null).json().at("/url").asString())
                .isEqualTo("/v3/api-docs");
    }
}
