package io.pacer.support.mongo;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code pacer.mongo.uri} (default {@code mongodb://localhost:27017}; set it to {@code ${MONGODB_URI:mongodb://localhost:27017}} in application.yml) and {@code pacer.mongo.database},
 * the service's own database (pacer_ingest, pacer_aggregate, pacer_alert), which is required.
 */
@ConfigurationProperties("pacer.mongo")
@Validated
public record PacerMongoProperties(@NotBlank @DefaultValue("mongodb://localhost:27017") String uri,
        @NotBlank(message = "set pacer.mongo.database to the service's own database") String database) {
}
