package io.pacer.alert.notify;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a subscription hears of each evaluation at once ({@code none}) or in one message a day ({@code daily}). */
public enum Digest {
    NONE,
    DAILY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code none} or {@code daily} (any case); null for anything else. */
    static Digest parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "daily" -> DAILY;
            default -> null;
        };
    }
}
