package io.pacer.alert.lifecycle;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.reference.RegionScope;
import io.pacer.alert.text.Lang;
import io.pacer.alert.text.Wording;
import io.pacer.events.AlertState;
import io.pacer.events.Severity;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

/** Alerts for the statistics office and for officials (theirs: their regions' subtrees). */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final AlertStore alerts;
    private final ReferenceData reference;
    private final RegionScope scope;
    private final Clock clock;
    private final AlertEvaluator evaluator;
    private final Wording wording;

    AlertController(AlertStore alerts, ReferenceData reference, RegionScope scope, Clock clock,
            AlertEvaluator evaluator, Wording wording) {
        this.wording = wording;
        this.alerts = alerts;
        this.reference = reference;
        this.scope = scope;
        this.clock = clock;
        this.evaluator = evaluator;
    }

    /** {@code region} covers the region's whole subtree, like an official's own scope. */
    @GetMapping
    List<AlertView> list(@RequestParam(required = false) AlertState state,
            @RequestParam(required = false) String region, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Severity severity, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted,
            @AuthenticationPrincipal PacerPrincipal principal) {
        Lang language = language(lang, accepted);
        List<Bson> filters = new ArrayList<>();
        filters.add(new Document());
        if (state != null) {
            filters.add(eq("state", state.name()));
        }
        if (severity != null) {
            filters.add(eq("severity", severity.name()));
        }
        if (indicator != null) {
            filters.add(eq("indicator", indicator));
        }
        Set<String> regions = scope.visible(principal);
        if (region != null) {
            Set<String> wanted = new HashSet<>(reference.subtrees(Set.of(region)));
            if (regions != null) {
                wanted.retainAll(regions);
            }
            regions = wanted;
        }
        if (regions != null) {
            filters.add(in("regionId", regions));
        }
        evaluator.flushReadings();
        return alerts.search(and(filters)).stream().map(a -> AlertView.of(a, e -> wording.message(e, language)))
                .toList();
    }

    @GetMapping("/{id}")
    AlertView one(@PathVariable String id, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted,
            @AuthenticationPrincipal PacerPrincipal principal) {
        Lang language = language(lang, accepted);
        evaluator.flushReadings();
        Alert alert = alerts.find(id).map(AlertStore.Stored::alert)
                .orElseThrow(() -> ApiProblemException.notFound("id", "no alert " + id));
        scope.check(principal, alert.fingerprint().regionId());
        return AlertView.withHistory(alert, e -> wording.message(e, language));
    }

    @PostMapping("/{id}/ack")
    AlertView acknowledge(@PathVariable String id, @Valid @RequestBody AckBody body,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted,
            @AuthenticationPrincipal PacerPrincipal principal) {
        Lang language = language(lang, accepted);
        Alert alert = alerts.find(id).map(AlertStore.Stored::alert)
                .orElseThrow(() -> ApiProblemException.notFound("id", "no alert " + id));
        scope.check(principal, alert.fingerprint().regionId());
        Acknowledgement ack = new Acknowledgement(body.by(), body.note(), body.actionPlan(), body.dueDate(),
                clock.instant());
        Alert acked = evaluator.update(id, current -> {
            if (!current.firing()) {
                throw ApiProblemException.of(HttpStatus.CONFLICT, "state",
                        "alert " + id + " is resolved; only a firing alert can be acknowledged");
            }
            return AlertLifecycle.acknowledge(current, ack);
        });
        if (acked == null) {
            throw ApiProblemException.notFound("id", "no alert " + id);
        }
        return AlertView.of(acked, e -> wording.message(e, language));
    }

    /**
     * The language of the messages: {@code ?lang=zh|en}, else what Accept-Language prefers of the two, else English
     * (the wording the API had before texts were translated, which scripts may rely on).
     */
    private static Lang language(String lang, String accepted) {
        if (lang != null) {
            Lang asked = Lang.parse(lang);
            if (asked == null) {
                throw ApiProblemException.badRequest("lang", "must be zh or en");
            }
            return asked;
        }
        return Lang.fromAcceptLanguage(accepted, Lang.EN);
    }
}
