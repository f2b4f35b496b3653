package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T22:58:14.999838146Z", "2026-11-25T22:58:14Z", "2026-11-25T22:58:14.5Z",
            "2026-01-01T00:00:00.000Z", "2024-02-29T23:59:59.123456Z", "1970-01-01T00:00:00Z",
            "2026-11-25T22:58:14+08:00", "2026-11-25T24:00:00Z", "2026-11-25T22:58:14.Z"})
    void readsWhatInstantParseReads(String text) {
        assertThat(Instants.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-25T22:58:14.1234567890Z",
            "2026-11-2xT22:58:14Z", "2026-11-25 22:58:14Z", "yesterday"})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
