package io.pacer.support.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code pacer.web.max-body-size}: the largest request body accepted (default 5MB, i.e. 5 MiB); larger is 413. */
@ConfigurationProperties("pacer.web")
@Validated
public record PacerWebProperties(@NotNull @DefaultValue("5MB") DataSize maxBodySize) {

    public PacerWebProperties {
        if (maxBodySize != null && maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("pacer.web.max-body-size must be at least 1 byte");
        }
    }
}
