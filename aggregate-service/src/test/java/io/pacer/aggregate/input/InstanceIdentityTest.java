package io.pacer.aggregate.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import io.pacer.aggregate.AggregateProperties;

class InstanceIdentityTest {

    private static final AggregateProperties PROPERTIES = new AggregateProperties("ledger-in-0", "totals-in-0",
            Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(5), 2);

    private static Map<String, Object> configured(InstanceIdentity identity, String binding) {
        Map<String, Object> config = new HashMap<>(Map.of("client.id", "c"));
        identity.configure(config, binding, "topic");
        return config;
    }

    @Test
    void theLedgerAndTotalsConsumersOfOneContextNameOneInstanceWithItsPort() {
        InstanceIdentity identity = new InstanceIdentity(PROPERTIES,
                new MockEnvironment().withProperty("server.port", "8092"));

        Object ledger = configured(identity, "ledger-in-0").get(ColocatingAssignor.INSTANCE_CONFIG);
        Object totals = configured(identity, "totals-in-0").get(ColocatingAssignor.INSTANCE_CONFIG);

        assertThat(ledger).isEqualTo(totals).isEqualTo(identity.id());
        assertThat(identity.id()).startsWith("aggregate :8092 ");
    }

    @Test
    void anotherContextIsAnotherInstanceOnTheSamePort() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0");

        assertThat(new InstanceIdentity(PROPERTIES, environment).id())
                .isNotEqualTo(new InstanceIdentity(PROPERTIES, environment).id());
    }

    @Test
    void theRegistersConsumerIsLeftAlone() {
        InstanceIdentity identity = new InstanceIdentity(PROPERTIES, new MockEnvironment());

        assertThat(configured(identity, "reference-in-0")).containsOnlyKeys("client.id");
    }
}
