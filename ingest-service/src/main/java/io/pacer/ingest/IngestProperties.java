package io.pacer.ingest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * ingest-service settings ({@code pacer.ingest.*}).
 *
 * @param adminToken the bootstrap STATISTICS token (env {@code PACER_ADMIN_TOKEN}); blank: none is installed
 * @param kafkaTimeout how long a submission may wait for the ledger before the answer is 503
 * @param retryAfter the {@code Retry-After} of that 503
 * @param zone the time zone of "the current month"
 * @param periodYearsBack the oldest accepted period is January of (current year − this)
 * @param periodMonthsAhead the newest accepted period is the current month plus this (0: the current month)
 * @param warningRatio a value more than this times, or less than 1/this of, a comparison value is flagged
 * @param ledgerPartitions partitions of {@code pacer.submissions} when ingest creates it
 */
@ConfigurationProperties("pacer.ingest")
@Validated
public record IngestProperties(@DefaultValue("") String adminToken,
        @NotNull @DefaultValue("10s") Duration kafkaTimeout,
        @NotNull @DefaultValue("5s") Duration retryAfter,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @Min(0) @Max(50) @DefaultValue("5") int periodYearsBack,
        @Min(0) @Max(12) @DefaultValue("0") int periodMonthsAhead,
        @NotNull @DecimalMin(value = "1", inclusive = false) @DefaultValue("5") BigDecimal warningRatio,
        @Min(1) @Max(1000) @DefaultValue("6") int ledgerPartitions) {

    public IngestProperties {
        if (kafkaTimeout != null && (kafkaTimeout.isNegative() || kafkaTimeout.isZero())) {
            throw new IllegalArgumentException("pacer.ingest.kafka-timeout must be positive, was " + kafkaTimeout);
        }
    }

    public boolean hasAdminToken() {
        return adminToken != null && !adminToken.isBlank();
    }
}
