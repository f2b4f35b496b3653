package io.pacer.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AlertPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AlertProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void defaultsApplyWhenNothingIsSet() {
        runner.run(context -> {
            AlertProperties properties = context.getBean(AlertProperties.class);
            assertThat(properties.referenceWait()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.delivery().maxAttempts()).isEqualTo(8);
            assertThat(properties.delivery().backoffMax()).isEqualTo(Duration.ofMinutes(10));
            assertThat(properties.missingReport().deadlineDay()).isEqualTo(15);
            assertThat(properties.signToPileDays()).isEqualTo(90);
        });
    }

    @Test
    void badSettingsFailStartUpNamingTheProperty() {
        runner.withPropertyValues("pacer.alert.delivery.max-attempts=0").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("maxAttempts"));
        runner.withPropertyValues("pacer.alert.missing-report.deadline-day=31").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("deadlineDay"));
        runner.withPropertyValues("pacer.alert.sign-to-pile-days=0").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("signToPileDays"));
        runner.withPropertyValues("pacer.alert.publish-retry-interval=0s").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("publish-retry-interval"));
    }
}
