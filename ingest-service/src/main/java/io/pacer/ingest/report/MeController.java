package io.pacer.ingest.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.pacer.events.Region;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.support.security.PacerPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: any valid token may ask who it is. A REPORTER's entities come from the registers, sorted by
 * id; an entity the registers no longer hold is left out (its form could not be opened). Region ids are sorted.
 */
@RestController
class MeController {

    private final RegisterStore registers;

    MeController(RegisterStore registers) {
        this.registers = registers;
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal PacerPrincipal principal) {
        List<Me.Entity> entities = principal.entityIds().stream().sorted()
                .map(registers::entity).flatMap(Optional::stream)
                .map(e -> new Me.Entity(e.id(), e.name(), e.regionId(),
                        registers.region(e.regionId()).map(Region::name).orElse(e.regionId())))
                .sorted(Comparator.comparing(Me.Entity::id)).toList();
        return new Me(principal.role(), entities, principal.regionIds().stream().sorted().toList());
    }
}
