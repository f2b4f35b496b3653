package io.pacer.bench;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import io.pacer.events.PacerJson;

/**
 * The four fields of a {@code pacer.figures} event the latency matcher needs, read with the streaming parser and
 * the rest skipped: the bench shares the cores with the processes it measures, so it does not bind every whole
 * event (ranks, changes, decimals) to read four fields.
 */
record TownEvent(String regionId, String indicator, String period, int reported) {

    static TownEvent read(byte[] json) {
        String regionId = null;
        String indicator = null;
        String period = null;
        int reported = 0;
        try (JsonParser p = PacerJson.mapper().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BenchException("a pacer.figures event is not a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "regionId" -> regionId = p.getString();
                    case "indicator" -> indicator = p.getString();
                    case "period" -> period = p.getString();
                    case "reported" -> reported = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : 0;
                    default -> p.skipChildren();
                }
            }
        }
        return new TownEvent(regionId, indicator, period, reported);
    }
}
