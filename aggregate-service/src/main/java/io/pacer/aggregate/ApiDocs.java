package io.pacer.aggregate;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The v1 contract as OpenAPI at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}; both are open without
 * a token, the API paths they describe are not. Every operation is documented as needing a bearer token (the
 * token itself, as issued by ingest-service's {@code /api/v1/tokens}), so the UI's "Authorize" sends it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI aggregateApiDescription() {
        return new OpenAPI()
                .info(new Info().title("Pacer aggregate-service").version("v1")
                        .description("Rankings, figures and their contributors, computed from the "
                                + "ledger, and the ledger rebuild."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("A Pacer access token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
