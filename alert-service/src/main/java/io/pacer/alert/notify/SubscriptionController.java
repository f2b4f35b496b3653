package io.pacer.alert.notify;

import java.net.URI;
import java.time.Clock;
import java.util.List;
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
import io.pacer.alert.text.Lang;
import io.pacer.events.Role;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

/** Subscriptions: officials subscribe to their own regions, the statistics office to any; each sees its own. */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final RegionScope scope;
    private final AddressGuard guard;
    private final Clock clock;

    SubscriptionController(SubscriptionStore subscriptions, DeliveryStore deliveries, RegionScope scope,
            AddressGuard guard, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.scope = scope;
        this.guard = guard;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<SubscriptionView> create(@RequestBody SubscriptionBody body,
            @AuthenticationPrincipal PacerPrincipal principal) {
        var issues = SubscriptionValidation.issues(body, guard);
        if (!issues.isEmpty()) {
            throw ApiProblemException.unprocessable(issues);
        }
        body.regionIds().forEach(region -> scope.check(principal, region));
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), principal.getName(),
                body.regionIds(), body.indicators(), body.rules(), body.minSeverity(), body.channel(), body.address(),
                body.secret(), clock.instant(), body.lang() == null ? Lang.ZH : Lang.parse(body.lang()),
                body.digest() == null ? Digest.NONE : Digest.parse(body.digest()));
        subscriptions.save(subscription);
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + subscription.id()))
                .body(SubscriptionView.of(subscription));
    }

    @GetMapping
    List<SubscriptionView> list(@AuthenticationPrincipal PacerPrincipal principal) {
        return subscriptions.all().stream().filter(s -> mayManage(principal, s)).map(SubscriptionView::of).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal PacerPrincipal principal) {
        own(id, principal);
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** The delivery log: every queued notification with each attempt's outcome, newest first. */
    @GetMapping("/{id}/deliveries")
    List<DeliveryView> deliveries(@PathVariable String id, @AuthenticationPrincipal PacerPrincipal principal) {
        own(id, principal);
        return deliveries.forSubscription(id).stream().map(DeliveryView::of).toList();
    }

    private Subscription own(String id, PacerPrincipal principal) {
        return subscriptions.find(id).filter(s -> mayManage(principal, s))
                .orElseThrow(() -> ApiProblemException.notFound("id", "no subscription " + id));
    }

    private static boolean mayManage(PacerPrincipal principal, Subscription subscription) {
        return principal.is(Role.STATISTICS) || subscription.owner().equals(principal.getName());
    }
}
