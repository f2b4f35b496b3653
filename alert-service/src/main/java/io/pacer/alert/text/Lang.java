package io.pacer.alert.text;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The languages alert texts are written in; lower case in JSON and in {@code ?lang=}. */
public enum Lang {
    ZH,
    EN;

    private static final List<String> TAGS = List.of("zh", "en");

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code zh} or {@code en} (any case); null for anything else. */
    public static Lang parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> null;
        };
    }

    /** The first of zh and en an Accept-Language header prefers (zh-CN counts as zh); {@code fallback} otherwise. */
    public static Lang fromAcceptLanguage(String header, Lang fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), TAGS);
            return tag == null ? fallback : parse(tag);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
