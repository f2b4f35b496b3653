package io.pacer.alert.text;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.pacer.alert.reference.ReferenceData;
import io.pacer.events.AlertEvent;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;

/**
 * {@link AlertTexts} with the names the registers give now: Chinese names for zh, English ones for en (each falling
 * back to the other, and to the code only while the registers don't know it).
 */
@Component
public class Wording {

    private final ReferenceData reference;

    public Wording(ReferenceData reference) {
        this.reference = reference;
    }

    public String message(AlertEvent e, Lang lang) {
        return AlertTexts.message(e, labels(e, lang), lang);
    }

    public String summary(AlertEvent e, Lang lang) {
        return AlertTexts.summary(e, labels(e, lang), lang);
    }

    /** The region's name in {@code lang}. */
    public String regionName(String regionId, Lang lang) {
        return name(reference.region(regionId), Region::name, Region::nameEn, regionId, lang);
    }

    Labels labels(AlertEvent e, Lang lang) {
        Optional<Indicator> indicator = reference.indicator(e.indicator());
        String entity = e.entityId() == null ? null
                : reference.entity(e.entityId()).map(ReportingEntity::name).orElse(e.entityId());
        return new Labels(regionName(e.regionId(), lang),
                name(indicator, Indicator::name, Indicator::nameEn, e.indicator(), lang),
                indicator.map(Indicator::unit).orElse(null), entity,
                indicator.map(Indicator::basis).orElse(null), indicator.map(Indicator::better).orElse(null));
    }

    private static <T> String name(Optional<T> item, Function<T, String> zh, Function<T, String> en, String code,
            Lang lang) {
        if (item.isEmpty()) {
            return code;
        }
        String first = lang == Lang.EN ? en.apply(item.get()) : zh.apply(item.get());
        String second = lang == Lang.EN ? zh.apply(item.get()) : en.apply(item.get());
        return first != null && !first.isBlank() ? first : second != null && !second.isBlank() ? second : code;
    }
}
