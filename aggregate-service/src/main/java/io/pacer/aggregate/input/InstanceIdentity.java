package io.pacer.aggregate.input;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.cloud.stream.binder.kafka.support.ConsumerConfigCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.pacer.aggregate.AggregateProperties;

/**
 * Names this application context's instance to the {@link ColocatingAssignor} of the ledger and totals consumers:
 * one id per context, the same for both bindings and all their consumer threads, since the context holds the state
 * of each partition number it owns. The id carries the configured server port, for whoever reads the assignor's
 * log, and a UUID made at start-up, which makes it unique.
 */
@Component
class InstanceIdentity implements ConsumerConfigCustomizer {

    private final String id;
    private final Set<String> bindings;

    InstanceIdentity(AggregateProperties properties, Environment environment) {
        this.id = "aggregate :" + environment.getProperty("server.port", "8082") + " " + UUID.randomUUID();
        this.bindings = Set.of(properties.ledgerBinding(), properties.totalsBinding());
    }

    @Override
    public void configure(Map<String, Object> consumerProperties, String bindingName, String destination) {
        if (bindings.contains(bindingName)) {
            consumerProperties.put(ColocatingAssignor.INSTANCE_CONFIG, id);
        }
    }

    String id() {
        return id;
    }
}
