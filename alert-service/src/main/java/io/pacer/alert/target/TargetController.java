package io.pacer.alert.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pacer.alert.AlertProperties;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.reference.RegionScope;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;

/** Targets: the statistics office writes them, officials read those of their regions. */
@RestController
@RequestMapping("/api/v1/targets")
class TargetController {

    private final TargetBook targets;
    private final TargetTopic topic;
    private final ReferenceData reference;
    private final RegionScope scope;
    private final List<TargetListener> listeners;
    private final AlertProperties properties;

    TargetController(TargetBook targets, TargetTopic topic, ReferenceData reference, RegionScope scope,
            List<TargetListener> listeners, AlertProperties properties) {
        this.targets = targets;
        this.topic = topic;
        this.reference = reference;
        this.scope = scope;
        this.listeners = listeners;
        this.properties = properties;
    }

    /**
     * Sets a target and re-evaluates its alerts at once. The target is on {@code pacer.targets} before the answer;
     * it is applied here too, so this instance reads its own write at once (the topic's copy changes nothing more).
     * A region or indicator not yet seen on pacer.reference is waited for briefly; if it still hasn't come, the
     * target is kept and the answer is 202.
     */
    @PutMapping("/{year}/{regionId}/{indicator}")
    ResponseEntity<TargetView> put(@PathVariable int year, @PathVariable String regionId,
            @PathVariable String indicator, @RequestBody TargetBody body) {
        Target target = Target.of(year, regionId, indicator, body.annualTarget(), body.growthTargetPct(),
                body.curve(), body.yellowGapPts(), body.redGapPts());
        List<FieldIssue> issues = target.violations().stream().map(v -> new FieldIssue(v.field(), v.message()))
                .toList();
        if (!issues.isEmpty()) {
            throw ApiProblemException.unprocessable(issues);
        }
        // Saved before waiting, so a region or indicator arriving meanwhile re-evaluates this very target.
        topic.publish(target);
        targets.save(target);
        boolean known = reference.awaitKnown(regionId, indicator, properties.referenceWait());
        listeners.forEach(listener -> listener.targetChanged(target));
        if (known) {
            return ResponseEntity.ok(TargetView.of(target, List.of()));
        }
        List<String> awaiting = new ArrayList<>();
        if (reference.region(regionId).isEmpty()) {
            awaiting.add("regionId");
        }
        if (reference.indicator(indicator).isEmpty()) {
            awaiting.add("indicator");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(TargetView.of(target, awaiting));
    }

    @GetMapping("/{year}/{regionId}/{indicator}")
    TargetView get(@PathVariable int year, @PathVariable String regionId, @PathVariable String indicator,
            @AuthenticationPrincipal PacerPrincipal principal) {
        scope.check(principal, regionId);
        return targets.find(new TargetKey(year, regionId, indicator)).map(t -> TargetView.of(t, List.of()))
                .orElseThrow(() -> ApiProblemException.notFound("target",
                        "no target for " + year + "/" + regionId + "/" + indicator));
    }

    @GetMapping
    List<TargetView> list(@RequestParam int year, @AuthenticationPrincipal PacerPrincipal principal) {
        Set<String> visible = scope.visible(principal);
        return targets.forYear(year).stream().filter(t -> visible == null || visible.contains(t.regionId()))
                .map(t -> TargetView.of(t, List.of())).toList();
    }
}
