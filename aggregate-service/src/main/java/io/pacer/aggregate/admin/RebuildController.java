package io.pacer.aggregate.admin;

import java.time.Instant;
import java.util.Map;

import io.pacer.aggregate.AggregateProperties;
import io.pacer.aggregate.partition.Aggregator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/rebuild} (STATISTICS): forgets the aggregate's state and replays pacer.submissions
 * and pacer.region-totals from offset 0. The consumers are stopped first, so no batch is half-applied; on the
 * fresh assignment there is no checkpoint, so each partition is read from the beginning.
 */
@RestController
class RebuildController {

    private static final Logger log = LoggerFactory.getLogger(RebuildController.class);

    private final BindingsLifecycleController bindings;
    private final Aggregator aggregator;
    private final AggregateProperties properties;

    RebuildController(BindingsLifecycleController bindings, Aggregator aggregator, AggregateProperties properties) {
        this.bindings = bindings;
        this.aggregator = aggregator;
        this.properties = properties;
    }

    @PostMapping("/api/v1/admin/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> rebuild() {
        log.info("Rebuild requested: replaying the ledger from offset 0");
        bindings.stop(properties.ledgerBinding());
        bindings.stop(properties.totalsBinding());
        try {
            aggregator.forgetEverything();
        } finally {
            bindings.start(properties.ledgerBinding());
            bindings.start(properties.totalsBinding());
        }
        return Map.of("status", "rebuilding", "requestedAt", Instant.now().toString());
    }
}
