package io.pacer.alert.analysis;

import java.util.Locale;

/** The bulletin's language: {@code zh} (the default) or {@code en}. */
enum Lang {
    ZH, EN;

    /** The language named {@code zh} or {@code en} (any case), or null for anything else. */
    static Lang of(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> null;
        };
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
