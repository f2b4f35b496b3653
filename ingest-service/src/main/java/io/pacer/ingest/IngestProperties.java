package io.pacer.ingest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * ingest-service settings ({@code pacer.ingest.*}).
 *
 * @param adminToken the bootstrap STATISTICS token (env {@code PACER_ADMIN_TOKEN}); blank: none is installed. At
 *        least 32 characters: it is the key to every register, and a short one can be guessed.
 * @param instanceId this instance's name among ingest instances (env {@code PACER_INGEST_INSTANCE_ID}; default in
 *        application.yml: the server port). The ledger producer's Kafka transactional id is derived from it, so it
 *        must be stable across restarts and unique among the instances that run at the same time: a restarted
 *        instance then takes over its own transactional id, and Kafka fences (aborts) the transaction its previous
 *        run left open, instead of holding every read_committed consumer back until that transaction times out
 *        ({@code transaction.timeout.ms}, 60 s). A random id per start would never fence anything. Instances on
 *        different hosts that share a port must set it (e.g. to the host name).
 * @param kafkaTimeout how long a submission may wait for the ledger before the answer is 503
 * @param retryAfter the {@code Retry-After} of that 503
 * @param zone the time zone of "the current month"
 * @param periodYearsBack the oldest accepted period is January of (current year − this)
 * @param periodMonthsAhead the newest accepted period is the current month plus this (0: the current month)
 * @param warningRatio a value more than this times, or less than 1/this of, a comparison value is flagged
 * @param ledgerPartitions partitions of {@code pacer.submissions} when ingest creates it
 * @param deadlineDay a month's figures are due by this day of the next month, 24:00 Asia/Shanghai; one accepted
 *        later is {@code late} ({@link io.pacer.events.ReportingDeadline})
 * @param inbox the Kafka inbox ({@code pacer.ingest.inbox.*})
 * @param projectsRefresh how often the project counts of every region are recounted and what changed (a new month's
 *        record, one a failed publish left out) published; project changes are published at once regardless
 */
@ConfigurationProperties("pacer.ingest")
@Validated
public record IngestProperties(@DefaultValue("") String adminToken,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") @DefaultValue("ingest") String instanceId,
        @NotNull @DefaultValue("10s") Duration kafkaTimeout,
        @NotNull @DefaultValue("5s") Duration retryAfter,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @Min(0) @Max(50) @DefaultValue("5") int periodYearsBack,
        @Min(0) @Max(12) @DefaultValue("0") int periodMonthsAhead,
        @NotNull @DecimalMin(value = "1", inclusive = false) @DefaultValue("5") BigDecimal warningRatio,
        @Min(1) @Max(1000) @DefaultValue("6") int ledgerPartitions,
        @Min(1) @Max(28) @DefaultValue("15") int deadlineDay,
        @NotNull @Valid @DefaultValue Inbox inbox,
        @NotNull @DefaultValue("1m") Duration projectsRefresh) {

    /**
     * The Kafka inbox, {@code pacer.inbox} (see io.pacer.ingest.inbox).
     *
     * @param enabled whether this instance consumes it
     * @param pollRecords records per poll at most, each poll being one Kafka transaction
     * @param retryBackoff how long to wait before a poll that failed on Kafka or MongoDB is tried again
     */
    public record Inbox(@DefaultValue("true") boolean enabled,
            @Min(1) @Max(10_000) @DefaultValue("500") int pollRecords,
            @NotNull @DefaultValue("1s") Duration retryBackoff) {
    }

    /** Fewer characters than this and start-up fails: see {@code adminToken}. */
    public static final int MIN_ADMIN_TOKEN = 32;

    public IngestProperties {
        if (adminToken != null && !adminToken.isBlank() && adminToken.length() < MIN_ADMIN_TOKEN) {
            throw new IllegalArgumentException("pacer.ingest.admin-token (PACER_ADMIN_TOKEN) must have at least "
                    + MIN_ADMIN_TOKEN + " characters, has " + adminToken.length()
                    + "; generate one, e.g. with: openssl rand -hex 24");
        }
        if (projectsRefresh != null && projectsRefresh.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("pacer.ingest.projects-refresh must be at least 1s, was "
                    + projectsRefresh);
        }
        if (kafkaTimeout != null && (kafkaTimeout.isNegative() || kafkaTimeout.isZero())) {
            throw new IllegalArgumentException("pacer.ingest.kafka-timeout must be positive, was " + kafkaTimeout);
        }
    }

    /** When a period's figures are due ({@link #deadlineDay}). */
    public io.pacer.events.ReportingDeadline deadline() {
        return new io.pacer.events.ReportingDeadline(deadlineDay);
    }

    public boolean hasAdminToken() {
        return adminToken != null && !adminToken.isBlank();
    }
}
