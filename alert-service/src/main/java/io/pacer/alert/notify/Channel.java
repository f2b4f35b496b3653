package io.pacer.alert.notify;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a subscription's notifications go; written in lower case in JSON, as the REST contract spells them. */
public enum Channel {
    WEBHOOK,
    DINGTALK,
    WECOM,
    EMAIL;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Channel of(String text) {
        return text == null ? null : valueOf(text.toUpperCase(Locale.ROOT));
    }
}
