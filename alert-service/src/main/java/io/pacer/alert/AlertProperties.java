package io.pacer.alert;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * alert-service's settings (prefix {@code pacer.alert}); a bad value fails start-up naming the property.
 *
 * @param publishRetryInterval how often transitions that could not be published yet are retried
 * @param maxUpdateAttempts how often an evaluation re-reads an alert that another writer changed meanwhile
 * @param delivery how notifications are delivered
 * @param missingReport when MISSING_REPORT checks run and what the deadline is
 * @param readingFlushInterval how often alert readings refreshed without a transition (held in memory) are written
 * @param referenceWait how long a target PUT waits for a region or indicator that {@code pacer.reference} has not
 *     brought yet before answering 202 (the target is kept and applied when it arrives)
 * @param signToPileDays SIGN_TO_PILE: a project signed more than this many days ago without a pile is yellow, more
 *     than 1.5 times this many red (签约到打桩不超过90天)
 */
@Validated
@ConfigurationProperties("pacer.alert")
public record AlertProperties(
        @NotNull @DefaultValue("5s") Duration publishRetryInterval,
        @Min(1) @Max(100) @DefaultValue("10") int maxUpdateAttempts,
        @NotNull @DefaultValue("2s") Duration referenceWait,
        @Valid @NotNull @DefaultValue Delivery delivery,
        @Valid @NotNull @DefaultValue MissingReport missingReport,
        @Valid @NotNull @DefaultValue Webhooks webhooks,
        @NotNull @DefaultValue("2s") Duration readingFlushInterval,
        @Min(1) @Max(3650) @DefaultValue("90") int signToPileDays) {

    public AlertProperties {
        if (readingFlushInterval != null && (readingFlushInterval.isNegative() || readingFlushInterval.isZero())) {
            throw new IllegalArgumentException("pacer.alert.reading-flush-interval must be positive, was "
                    + readingFlushInterval);
        }
        if (publishRetryInterval != null && (publishRetryInterval.isNegative() || publishRetryInterval.isZero())) {
            throw new IllegalArgumentException("pacer.alert.publish-retry-interval must be positive, was "
                    + publishRetryInterval);
        }
        if (referenceWait != null && referenceWait.isNegative()) {
            throw new IllegalArgumentException("pacer.alert.reference-wait must not be negative, was " + referenceWait);
        }
    }

    /**
     * @param timeout how long one attempt may take (connect and answer)
     * @param maxAttempts attempts before a delivery is given up as FAILED
     * @param backoffInitial the wait before the first retry, doubling after each failure
     * @param backoffMax the longest wait between two attempts
     * @param pollInterval how often due deliveries are looked for
     * @param mailFrom the sender of e-mail notifications (the SMTP server itself is {@code spring.mail.*})
     */
    public record Delivery(@NotNull @DefaultValue("5s") Duration timeout,
            @Min(1) @Max(50) @DefaultValue("8") int maxAttempts,
            @NotNull @DefaultValue("2s") Duration backoffInitial,
            @NotNull @DefaultValue("10m") Duration backoffMax,
            @NotNull @DefaultValue("1s") Duration pollInterval,
            @NotBlank @Email @DefaultValue("pacer@localhost") String mailFrom) {
    }

    /**
     * @param deadlineDay a month's figures are due by this day of the next month, 24:00 Asia/Shanghai
     * @param interval how often every entity is checked
     * @param initialDelay the first check after start-up, once the topics have been read
     */
    public record MissingReport(@Min(1) @Max(28) @DefaultValue("15") int deadlineDay,
            @NotNull @DefaultValue("1h") Duration interval,
            @NotNull @DefaultValue("2m") Duration initialDelay) {
    }

    /**
     * @param allowPrivate whether subscriptions may send to loopback, link-local, private, unspecified or multicast
     *     addresses; off in production (a subscriber could otherwise make the service call its own network),
     *     {@code ./pacer up} and the tests turn it on to reach receivers on this machine
     */
    public record Webhooks(@DefaultValue("false") boolean allowPrivate) {
    }
}
