package io.pacer.ingest;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class IngestPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @org.junit.jupiter.api.Test
    void theDefaultsAreTheDesignOnes() {
        runner.run(context -> {
            IngestProperties p = context.getBean(IngestProperties.class);
            assertThat(p.kafkaTimeout()).hasSeconds(10);
            assertThat(p.zone().getId()).isEqualTo("Asia/Shanghai");
            assertThat(p.periodYearsBack()).isEqualTo(5);
            assertThat(p.periodMonthsAhead()).isZero();
            assertThat(p.warningRatio()).isEqualByComparingTo("5");
            assertThat(p.hasAdminToken()).isFalse();
            assertThat(p.instanceId()).isEqualTo("ingest");
            assertThat(p.inbox().enabled()).isTrue();
            assertThat(p.inbox().pollRecords()).isEqualTo(500);
            assertThat(p.inbox().retryBackoff()).hasSeconds(1);
        });
    }

    static Stream<Arguments> badConfig() {
        return Stream.of(Arguments.of("pacer.ingest.kafka-timeout=0s", "kafka-timeout must be positive"),
                Arguments.of("pacer.ingest.warning-ratio=1", "warningRatio"),
                Arguments.of("pacer.ingest.period-years-back=-1", "periodYearsBack"),
                Arguments.of("pacer.ingest.period-months-ahead=13", "periodMonthsAhead"),
                Arguments.of("pacer.ingest.zone=Mars/Olympus", "zone"),
                Arguments.of("pacer.ingest.ledger-partitions=0", "ledgerPartitions"),
                Arguments.of("pacer.ingest.admin-token=change-me", "must have at least 32 characters, has 9"),
                Arguments.of("pacer.ingest.instance-id=a b", "instanceId"),
                Arguments.of("pacer.ingest.inbox.poll-records=0", "pollRecords"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfig")
    void badConfigurationFailsStartUpWithAMessage(String property, String message) {
        runner.withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).contains(message);
        });
    }
}
