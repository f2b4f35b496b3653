package io.pacer.alert.lifecycle;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import io.pacer.events.Severity;

/** {@code pacer_alerts_firing{severity}}: firing alerts by severity, counted in MongoDB at scrape time. */
@Component
class AlertMetrics {

    AlertMetrics(MeterRegistry registry, AlertStore alerts) {
        for (Severity severity : Severity.values()) {
            Gauge.builder("pacer.alerts.firing", alerts, store -> store.countFiring(severity))
                    .description("Firing alerts by severity")
                    .tag("severity", severity.name())
                    .register(registry);
        }
    }
}
