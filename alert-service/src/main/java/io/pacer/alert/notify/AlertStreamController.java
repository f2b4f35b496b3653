package io.pacer.alert.notify;

import java.util.HashSet;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.reference.RegionScope;
import io.pacer.events.Severity;
import io.pacer.support.security.PacerPrincipal;

/**
 * Server-Sent Events of alert transitions, each an {@code alert} event whose data is the {@code pacer.alerts} JSON
 * and whose id is {@code alertId:sequence}. A browser passes its token as {@code ?access_token=}.
 */
@RestController
class AlertStreamController {

    private final AlertStream stream;
    private final RegionScope scope;
    private final ReferenceData reference;

    AlertStreamController(AlertStream stream, RegionScope scope, ReferenceData reference) {
        this.stream = stream;
        this.scope = scope;
        this.reference = reference;
    }

    @GetMapping(path = "/api/v1/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) String region, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Severity minSeverity, @AuthenticationPrincipal PacerPrincipal principal) {
        Set<String> regions = scope.visible(principal);
        if (region != null) {
            Set<String> wanted = new HashSet<>(reference.subtrees(Set.of(region)));
            if (regions != null) {
                wanted.retainAll(regions);
            }
            regions = wanted;
        }
        return stream.open(principal, regions, indicator, minSeverity == null ? Severity.YELLOW : minSeverity);
    }
}
