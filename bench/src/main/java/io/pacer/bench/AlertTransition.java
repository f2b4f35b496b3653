package io.pacer.bench;

import io.pacer.events.PacerJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The five fields of a {@code pacer.alerts} transition the bench's matcher needs, read with the streaming parser. */
record AlertTransition(String rule, String regionId, String indicator, String period, Double growthPct) {

    static AlertTransition read(byte[] json) {
        String rule = null;
        String regionId = null;
        String indicator = null;
        String period = null;
        Double growthPct = null;
        try (JsonParser p = PacerJson.mapper().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BenchException("a pacer.alerts event is not a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String text = value == JsonToken.VALUE_STRING ? p.getString() : null;
                switch (name) {
                    case "rule" -> rule = text;
                    case "regionId" -> regionId = text;
                    case "indicator" -> indicator = text;
                    case "period" -> period = text;
                    case "growthPct" -> growthPct = value.isNumeric() ? p.getDoubleValue() : null;
                    default -> p.skipChildren();
                }
            }
        }
        return new AlertTransition(rule, regionId, indicator, period, growthPct);
    }
}
