package io.pacer.support.mongo;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code pacer.mongo.uri} (default {@code mongodb://localhost:27017}; set it to {@code ${MONGODB_URI:mongodb://localhost:27017}} in application.yml) and {@code pacer.mongo.database},
 * the service's own database (pacer_ingest, pacer_aggregate, pacer_alert), which is required, and
 * {@code pacer.mongo.server-selection-timeout}: long enough to ride out a slow start of the server on a loaded
 * machine, short enough that a request fails rather than hangs when MongoDB is down.
 */
@ConfigurationProperties("pacer.mongo")
@Validated
public record PacerMongoProperties(@NotBlank @DefaultValue("mongodb://localhost:27017") String uri,
        @NotBlank(message = "set pacer.mongo.database to the service's own database") String database,
        @NotNull @DefaultValue("15s") Duration serverSelectionTimeout) {
}
