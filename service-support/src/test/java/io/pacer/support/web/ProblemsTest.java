package io.pacer.support.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.pacer.events.PacerJson;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    @Test
    void aWrittenProblemIsProblemJsonWithTheFieldIssues() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthenticated",
                new FieldIssue("Authorization", "a bearer token is required"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        Map<String, Object> body = PacerJson.mapper().readValue(response.getContentAsString(StandardCharsets.UTF_8), new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(body).containsEntry("status", 401).containsEntry("title", "Unauthenticated")
                .containsEntry("detail", "Authorization: a bearer token is required");
        assertThat(body.get("errors")).isEqualTo(
                List.of(Map.of("field", "Authorization", "message", "a bearer token is required")));
    }

    @Test
    void theDetailSummarisesTheFirstIssueAndCountsTheRest() {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "The request is not valid",
                List.of(new FieldIssue("[0].period", "must be YYYY-MM"), new FieldIssue("[3].value", "must be a number")));

        assertThat(problem.getDetail()).isEqualTo("[0].period: must be YYYY-MM (and 1 more)");
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getProperties()).containsKey(Problems.ERRORS);
    }

    @Test
    void aProblemWithoutIssuesUsesItsTitleAsDetail() {
        assertThat(Problems.problem(HttpStatus.NOT_FOUND, "Not Found", List.of()).getDetail()).isEqualTo("Not Found");
    }
}
