package io.pacer.alert.text;

import io.pacer.alert.Reference;
import io.pacer.alert.reference.ReferenceData;

/** Object Mother of a {@link Wording} over the test registers ({@link Reference}). */
public final class Names {

    private Names() {
    }

    public static Wording wording() {
        ReferenceData reference = new ReferenceData();
        Reference.all().forEach(record -> {
            if (record instanceof io.pacer.events.Region region) {
                reference.apply(region);
            } else if (record instanceof io.pacer.events.Indicator indicator) {
                reference.apply(indicator);
            }
        });
        return new Wording(reference);
    }
}
