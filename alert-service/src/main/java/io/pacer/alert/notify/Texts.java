package io.pacer.alert.notify;

import io.pacer.alert.text.Lang;
import io.pacer.alert.text.Wording;
import io.pacer.events.AlertEvent;

/** The texts of one subscription's notifications: the {@link Wording} in the subscription's language. */
record Texts(Wording wording, Lang lang) {

    String message(AlertEvent e) {
        return wording.message(e, lang);
    }

    String summary(AlertEvent e) {
        return wording.summary(e, lang);
    }

    boolean zh() {
        return lang != Lang.EN;
    }
}
