package io.pacer.support.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.pacer.events.PacerJson;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds and writes RFC 9457 problems with Pacer's {@code errors: [{field, message}]} extension. */
public final class Problems {

    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String title, List<FieldIssue> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(summary(title, errors));
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    /** Writes a problem straight to the response: for filters and handlers that run outside Spring MVC. */
    public static void write(HttpServletResponse response, HttpStatusCode status, String title, FieldIssue... errors)
            throws IOException {
        ProblemDetail problem = problem(status, title, List.of(errors));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] bytes = PacerJson.mapper().writeValueAsBytes(body(problem));
        // A length lets the client read the answer even while the connection stays open for an unread body.
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** The JSON members of a problem, as Spring MVC renders a {@link ProblemDetail}. */
    public static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    static String summary(String title, List<FieldIssue> errors) {
        if (errors.isEmpty()) {
            return title;
        }
        FieldIssue first = errors.get(0);
        String head = first.field() == null ? first.message() : first.field() + ": " + first.message();
        return errors.size() == 1 ? head : head + " (and " + (errors.size() - 1) + " more)";
    }
}
