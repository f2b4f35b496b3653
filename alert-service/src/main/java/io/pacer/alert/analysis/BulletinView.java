package io.pacer.alert.analysis;

import java.util.List;

/** {@code GET /api/v1/analysis}: the bulletin's text and the facts it states. */
record BulletinView(String parent, String period, String lang, String text, List<Fact> facts) {
}
