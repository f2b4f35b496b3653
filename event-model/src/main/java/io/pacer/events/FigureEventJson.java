package io.pacer.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A {@link FigureEvent}'s JSON, byte for byte what {@link PacerJson#write} makes of it, written directly: a flush
 * publishes thousands of events, and binding each through Jackson costs more than writing its few fields.
 * Anything the direct path does not know how to write identically (a string that JSON would escape or that is not
 * ASCII, a double that is not finite) goes through Jackson. FigureEventJsonTest holds it to Jackson's bytes.
 */
public final class FigureEventJson {

    private FigureEventJson() {
    }

    /** The event's JSON, as {@link PacerJson#write} writes it. */
    public static byte[] write(FigureEvent f) {
        String period = f.period();
        if (!plain(f.regionId()) || !plain(f.parentId()) || !plain(f.indicator()) || !plain(period)
                || !finite(f.growthPct()) || !finite(f.sharePct())) {
            return PacerJson.write(f);
        }
        StringBuilder json = new StringBuilder(320);
        json.append("{\"schemaVersion\":").append(f.schemaVersion());
        string(json.append(",\"regionId\":"), f.regionId());
        string(json.append(",\"parentId\":"), f.parentId());
        string(json.append(",\"indicator\":"), f.indicator());
        string(json.append(",\"period\":"), period);
        decimal(json.append(",\"ytd\":"), f.ytd());
        decimal(json.append(",\"priorYtd\":"), f.priorYtd());
        json.append(",\"growthPct\":").append(f.growthPct());
        json.append(",\"sharePct\":").append(f.sharePct());
        json.append(",\"reported\":").append(f.reported());
        json.append(",\"expected\":").append(f.expected());
        ranks(json.append(",\"rank\":"), f.rank());
        ranks(json.append(",\"rankChange\":"), f.rankChange());
        ranks(json.append(",\"ranked\":"), f.ranked());
        ranks(json.append(",\"lastRank\":"), f.lastRank());
        return json.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void string(StringBuilder json, String s) {
        if (s == null) {
            json.append("null");
        } else {
            json.append('"').append(s).append('"');
        }
    }

    private static void decimal(StringBuilder json, BigDecimal d) {
        json.append(d == null ? "null" : d.toString());
    }

    private static void ranks(StringBuilder json, Ranks r) {
        if (r == null) {
            json.append("null");
            return;
        }
        json.append("{\"value\":").append(r.value()).append(",\"growth\":").append(r.growth())
                .append(",\"share\":").append(r.share()).append('}');
    }

    /** Printable ASCII without the two characters JSON escapes: written as is, by Jackson too. */
    private static boolean plain(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(Double d) {
        return d == null || Double.isFinite(d);
    }
}
