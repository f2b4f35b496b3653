package io.pacer.support.app;

import java.time.Instant;
import java.util.List;

import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "pacer.mongo.database=support_test", "pacer.web.max-body-size=1KB",
        "pacer.security.query-token-paths=/api/stream", "management.endpoints.web.exposure.include=health",
        "management.endpoint.health.probes.enabled=true",
        "management.endpoint.health.group.readiness.include=readinessState,mongo" })
@AutoConfigureMockMvc
class SharedSupportBehaviourTest {

    private static final String REPORTER = "reporter-token";
    private static final String ADMIN = "admin-token";
    private static final String REVOKED = "revoked-token";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenDirectory tokens;

    @BeforeEach
    void tokens() {
        tokens.apply(token(REPORTER, Role.REPORTER, false));
        tokens.apply(token(ADMIN, Role.STATISTICS, false));
        tokens.apply(token(REVOKED, Role.STATISTICS, true));
    }

    static TokenRecord token(String raw, Role role, boolean revoked) {
        return new TokenRecord(TokenHashing.sha256Hex(raw), role, List.of("e1"), List.of(), revoked, Instant.now());
    }

    private ResultActions echo(String token, String json) throws Exception {
        return mvc.perform(post("/api/echo").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static void problem(ResultActions result, int status, String field, String message) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(message)))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void aValidTokenReachesTheControllerWithItsPrincipal() throws Exception {
        echo(REPORTER, "{\"entityId\":\"e1\",\"figures\":[]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("REPORTER"));
    }

    @Test
    void noTokenIs401ProblemJson() throws Exception {
        problem(mvc.perform(post("/api/echo").contentType(MediaType.APPLICATION_JSON).content("{}")), 401,
                "Authorization", "a bearer token is required");
    }

    @Test
    void aRevokedOrUnknownTokenIs401() throws Exception {
        problem(echo(REVOKED, "{}"), 401, "Authorization", "unknown or revoked");
        problem(echo("nobody", "{}"), 401, "Authorization", "unknown or revoked");
    }

    @Test
    void aNonBearerAuthorizationHeaderIs401() throws Exception {
        problem(mvc.perform(get("/api/count?n=1").header("Authorization", "Basic eDp5")), 401, "Authorization",
                "Bearer");
    }

    @Test
    void theServiceRuleDeniesOtherRolesWith403() throws Exception {
        problem(mvc.perform(post("/api/admin/thing").header("Authorization", "Bearer " + REPORTER)), 403,
                "Authorization", "may not");
        mvc.perform(post("/api/admin/thing").header("Authorization", "Bearer " + ADMIN)).andExpect(status().isOk());
    }

    @Test
    void healthAndReadinessAreOpen() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void theAccessTokenQueryParameterIsAcceptedOnlyWhereEnabled() throws Exception {
        mvc.perform(get("/api/stream").param("access_token", ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("STATISTICS"));
        problem(mvc.perform(get("/api/count").param("n", "1").param("access_token", ADMIN)), 401, "Authorization",
                "required");
    }

    @Test
    void malformedJsonIs400NamingTheField() throws Exception {
        problem(echo(REPORTER, "{\"entityId\":"), 400, "entityId", "malformed JSON");
    }

    @Test
    void unknownAndDuplicateFieldsAre400() throws Exception {
        problem(echo(REPORTER, "{\"entityId\":\"e1\",\"extra\":1}"), 400, "extra", "unknown field");
        problem(echo(REPORTER, "{\"entityId\":\"e1\",\"entityId\":\"e2\"}"), 400, "entityId", "more than once");
    }

    @Test
    void aNumberGivenAsTextIs400() throws Exception {
        problem(echo(REPORTER, "{\"figures\":[{\"indicator\":\"x\",\"value\":\"1.5\"}]}"), 400, "figures[0].value",
                "must be a number");
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        problem(mvc.perform(post("/api/echo").header("Authorization", "Bearer " + REPORTER)
                .contentType(MediaType.TEXT_PLAIN).content("hi")), 415, "Content-Type", "must be one of");
    }

    @Test
    void anOversizedContentLengthIs413() throws Exception {
        problem(echo(REPORTER, "{\"entityId\":\"" + "x".repeat(2000) + "\"}"), 413, "Content-Length", "at most 1024");
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405() throws Exception {
        problem(mvc.perform(get("/api/nowhere").header("Authorization", "Bearer " + REPORTER)), 404, "path",
                "no such resource");
        problem(mvc.perform(get("/api/echo").header("Authorization", "Bearer " + REPORTER)), 405, "method",
                "GET is not supported");
    }

    @Test
    void aMissingOrMistypedParameterIs400() throws Exception {
        problem(mvc.perform(get("/api/count").header("Authorization", "Bearer " + REPORTER)), 400, "n",
                "is required");
        problem(mvc.perform(get("/api/count?n=lots").header("Authorization", "Bearer " + REPORTER)), 400, "n",
                "must be an integer");
    }

    @Test
    void aServiceProblemKeepsItsStatusAndHeaders() throws Exception {
        mvc.perform(get("/api/busy").header("Authorization", "Bearer " + REPORTER)).andExpect(status().is(503))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnexpectedErrorIs500WithoutInternals() throws Exception {
        mvc.perform(get("/api/boom").header("Authorization", "Bearer " + REPORTER)).andExpect(status().is(500))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("secret internal detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }
}
