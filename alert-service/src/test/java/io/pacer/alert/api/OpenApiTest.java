package io.pacer.alert.api;

import io.pacer.support.testing.ContractPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.pacer.alert.ServiceTest;
import io.pacer.events.PacerJson;

/** The v1 contract as OpenAPI: open without a token, and listing exactly what the controllers serve. */
class OpenApiTest extends ServiceTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private JsonNode openApi() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return PacerJson.mapper().readTree(body);
    }

    @Test
    void theDocumentIsOpenAndListsEveryV1HandlerWithItsMethodsAndNothingElse() throws Exception {
        JsonNode openApi = openApi();

        assertThat(openApi.at("/info/title").asString()).isEqualTo("Pacer alert-service");
        assertThat(openApi.at("/info/version").asString()).isEqualTo("v1");
        assertThat(ContractPaths.handled(mapping)).containsKey("/api/v1/alerts/stream")
                .containsKey("/api/v1/targets/{year}/{regionId}/{indicator}");
        assertThat(ContractPaths.documented(openApi)).isEqualTo(ContractPaths.handled(mapping));
    }

    @Test
    void theDocumentDeclaresBearerTokensForEveryOperationWhileTheApiStillRefusesCallsWithoutOne() throws Exception {
        JsonNode openApi = openApi();

        assertThat(openApi.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(openApi.at("/security/0/bearer").isArray()).isTrue();
        mvc.perform(get("/api/v1/targets").param("year", "2025")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/alerts")).andExpect(status().isUnauthorized());
    }

    @Test
    void swaggerUiLoadsWithoutATokenAndRunsOnlyFiles() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/swagger-ui/index.html"));
        String page = mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(ContractPaths.onlyFileScriptsAndStyles(page)).as(page).isTrue();
        mvc.perform(get("/swagger-ui/swagger-initializer.js")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    }
}
