package io.pacer.alert.text;

import io.pacer.alert.Reference;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.support.testing.References;

/** Object Mother of a {@link Wording} over the test registers ({@link Reference}). */
public final class Names {

    private Names() {
    }

    public static Wording wording() {
        ReferenceData reference = new ReferenceData(References.replica());
        Reference.all().stream()
                .filter(r -> r instanceof io.pacer.events.Region || r instanceof io.pacer.events.Indicator)
                .forEach(r -> References.put(reference.replica(), r));
        return new Wording(reference);
    }
}
