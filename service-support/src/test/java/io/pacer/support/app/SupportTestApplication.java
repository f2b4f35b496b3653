package io.pacer.support.app;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.pacer.support.security.PacerAuthorizationRules;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A tiny service that depends on service-support, as a real one does. */
@SpringBootApplication
public class SupportTestApplication {

    public record Figure(String indicator, BigDecimal value) {
    }

    public record Body(String entityId, List<Figure> figures) {
    }

    @Bean
    PacerAuthorizationRules adminOnlyWrites() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/admin/**").hasRole("STATISTICS");
    }

    @RestController
    static class Endpoints {

        @PostMapping(path = "/api/echo", consumes = "application/json")
        Map<String, Object> echo(@RequestBody Body body, @AuthenticationPrincipal PacerPrincipal principal) {
            return Map.of("entityId", body.entityId(), "role", principal.role().name());
        }

        @GetMapping("/api/count")
        Map<String, Object> count(@RequestParam int n) {
            return Map.of("n", n);
        }

        @PostMapping("/api/admin/thing")
        Map<String, Object> admin() {
            return Map.of("ok", true);
        }

        @GetMapping("/api/busy")
        Map<String, Object> busy() {
            throw new ApiProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Kafka is not taking writes",
                    List.of(new io.pacer.support.web.FieldIssue(null, "try again")), Map.of("Retry-After", "5"));
        }

        @GetMapping("/api/boom")
        Map<String, Object> boom() {
            throw new IllegalStateException("secret internal detail");
        }

        @GetMapping("/api/stream")
        Map<String, Object> stream(@AuthenticationPrincipal PacerPrincipal principal) {
            return Map.of("role", principal.role().name());
        }
    }
}
