package io.pacer.aggregate;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code pacer.aggregate.*}.
 *
 * @param ledgerBinding  the input binding of pacer.submissions (its partitions carry the entities' series)
 * @param totalsBinding  the input binding of pacer.region-totals (its partitions carry the upper levels)
 * @param publishTimeout how long a flush's figures and totals may take to be acknowledged by Kafka before they are
 *                       published again, and how long a read of the store waits for the writes queued before it
 * @param referenceWait  the longest the ledger consumers wait at start-up for the registers to be loaded
 * @param flushInterval  the longest a backlog's changes are coalesced before they are published and stored
 * @param consumerThreads how many consumer threads the ledger binding, and the totals binding, each run (each owns
 *                       a share of the partitions, whose states they apply independently); 0, the default: one per
 *                       available processor
 */
@Validated
@ConfigurationProperties("pacer.aggregate")
public record AggregateProperties(@NotBlank @DefaultValue("ledger-in-0") String ledgerBinding,
        @NotBlank @DefaultValue("totals-in-0") String totalsBinding,
        @NotNull @DefaultValue("10s") Duration publishTimeout,
        @NotNull @DefaultValue("120s") Duration referenceWait,
        @NotNull @DefaultValue("5s") Duration flushInterval,
        @PositiveOrZero @DefaultValue("0") int consumerThreads) {

    public AggregateProperties {
        if (consumerThreads == 0) {
            consumerThreads = Runtime.getRuntime().availableProcessors();
        }
        positive("publish-timeout", publishTimeout);
        positive("reference-wait", referenceWait);
        positive("flush-interval", flushInterval);
    }

    private static void positive(String name, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new IllegalArgumentException("pacer.aggregate." + name + " must be positive, was " + value);
        }
    }
}
