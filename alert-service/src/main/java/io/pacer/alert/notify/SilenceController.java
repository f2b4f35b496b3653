package io.pacer.alert.notify;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.pacer.alert.reference.RegionScope;
import io.pacer.events.Role;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;

/**
 * Silences: the statistics office may silence anything; an official only what a {@code regionId} matcher keeps
 * inside its regions. GET lists the active ones the caller may see; DELETE expires one.
 */
@RestController
@RequestMapping("/api/v1/silences")
class SilenceController {

    record SilenceBody(List<Silence.Matcher> matchers, Instant until, String reason) {
    }

    private final SilenceStore silences;
    private final RegionScope scope;
    private final Clock clock;

    SilenceController(SilenceStore silences, RegionScope scope, Clock clock) {
        this.silences = silences;
        this.scope = scope;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Silence> create(@RequestBody SilenceBody body, @AuthenticationPrincipal PacerPrincipal principal) {
        List<FieldIssue> issues = issues(body, clock.instant());
        if (!issues.isEmpty()) {
            throw ApiProblemException.unprocessable(issues);
        }
        if (!principal.is(Role.STATISTICS)) {
            String region = body.matchers().stream().filter(m -> "regionId".equals(m.name()))
                    .map(Silence.Matcher::value).findFirst()
                    .orElseThrow(() -> ApiProblemException.forbidden("matchers",
                            "an official's silence needs a regionId matcher for one of its regions"));
            scope.check(principal, region);
        }
        Silence silence = new Silence(UUID.randomUUID().toString(), body.matchers(), body.until(), body.reason(),
                principal.getName(), clock.instant());
        silences.save(silence);
        return ResponseEntity.created(URI.create("/api/v1/silences/" + silence.id())).body(silence);
    }

    /**
     * The active silences the caller may see: all for the statistics office; for an official, those whose
     * {@code regionId} matchers all name regions within its regions' subtrees. A silence without a regionId matcher
     * holds back notifications of every region, so it is the office's business and no official sees it.
     */
    @GetMapping
    List<Silence> active(@AuthenticationPrincipal PacerPrincipal principal) {
        List<Silence> active = silences.activeAt(clock.instant());
        Set<String> visible = scope.visible(principal);
        if (visible == null) {
            return active;
        }
        return active.stream().filter(s -> {
            List<String> regions = s.matchers().stream().filter(m -> "regionId".equals(m.name()))
                    .map(Silence.Matcher::value).toList();
            return !regions.isEmpty() && visible.containsAll(regions);
        }).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> expire(@PathVariable String id, @AuthenticationPrincipal PacerPrincipal principal) {
        Silence silence = silences.find(id).filter(s -> principal.is(Role.STATISTICS)
                || s.createdBy().equals(principal.getName()))
                .orElseThrow(() -> ApiProblemException.notFound("id", "no silence " + id));
        silences.expire(silence.id(), clock.instant());
        return ResponseEntity.noContent().build();
    }

    private static List<FieldIssue> issues(SilenceBody body, Instant now) {
        List<FieldIssue> issues = new ArrayList<>();
        if (body.matchers() == null || body.matchers().isEmpty()) {
            issues.add(new FieldIssue("matchers", "name at least one label to match"));
        } else {
            for (int i = 0; i < body.matchers().size(); i++) {
                Silence.Matcher m = body.matchers().get(i);
                if (m == null || !Silence.LABELS.contains(m.name())) {
                    issues.add(new FieldIssue("matchers[" + i + "].name", "must be one of " + Silence.LABELS));
                } else if (m.value() == null || m.value().isBlank()) {
                    issues.add(new FieldIssue("matchers[" + i + "].value", "must not be blank"));
                }
            }
        }
        if (body.until() == null || !body.until().isAfter(now)) {
            issues.add(new FieldIssue("until", "must be a time in the future"));
        }
        if (body.reason() == null || body.reason().isBlank()) {
            issues.add(new FieldIssue("reason", "must not be blank"));
        }
        return issues;
    }
}
