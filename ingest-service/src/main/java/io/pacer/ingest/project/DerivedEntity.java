package io.pacer.ingest.project;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.EntityType;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.ingest.ledger.LedgerPublisher;
import io.pacer.ingest.register.RegisterStore;
import org.springframework.stereotype.Component;

/**
 * The reporting entity a region's project counts are filed under: {@code projects@<regionId>}, type DERIVED, named
 * 项目库（region name）, listing the project indicators that exist in the register while the region has projects and
 * none once its last project is deleted (so completeness and MISSING_REPORT stop expecting it). ingest registers
 * it on {@code pacer.reference} itself, only when it is missing or differs.
 */
@Component
class DerivedEntity {

    static final String PREFIX = "projects@";
    private static final Logger log = LoggerFactory.getLogger(DerivedEntity.class);

    private final RegisterStore registers;
    private final LedgerPublisher publisher;
    private final Clock clock;

    DerivedEntity(RegisterStore registers, LedgerPublisher publisher, Clock clock) {
        this.registers = registers;
        this.publisher = publisher;
        this.clock = clock;
    }

    static String idOf(String regionId) {
        return PREFIX + regionId;
    }

    /** Registers or updates the region's derived entity so it lists {@code indicators}; nothing if it already does. */
    void ensure(Region region, List<String> indicators) {
        String id = idOf(region.id());
        Optional<ReportingEntity> current = registers.entity(id);
        if (current.isEmpty() && indicators.isEmpty()) {
            return;
        }
        ReportingEntity wanted = new ReportingEntity(id, "项目库（" + region.name() + "）", EntityType.DERIVED,
                region.id(), indicators, current.map(ReportingEntity::registeredAt).orElse(clock.instant()));
        if (current.isPresent() && current.get().equals(wanted)) {
            return;
        }
        long offset = publisher.publishReference(wanted);
        registers.apply(ReferenceKeys.of(wanted), wanted, offset);
        log.info("derived entity {} registered with indicators {}", id, indicators);
    }
}
