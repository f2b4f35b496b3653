package io.pacer.alert.notify;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.pacer.events.PacerJson;

/**
 * DingTalk and WeCom robots answer HTTP 200 even when they refuse a message, with {@code {"errcode": N, "errmsg":
 * "..."}} in the body; only errcode 0 is a delivery. An answer without an errcode is a failure too: whatever answered
 * was not the robot.
 */
final class RobotAnswers {

    private static final int MAX_QUOTED = 200;

    private RobotAnswers() {
    }

    /** Why the robot refused the message, or null when it took it. */
    static String failure(String body) {
        Map<?, ?> json;
        try {
            json = PacerJson.read(body.getBytes(StandardCharsets.UTF_8), Map.class);
        } catch (RuntimeException e) {
            json = null;
        }
        Object code = json == null ? null : json.get("errcode");
        if (!(code instanceof Number number)) {
            return "not a robot's answer (no errcode): " + quoted(body);
        }
        if (number.longValue() == 0 && number.doubleValue() == 0) {
            return null;
        }
        return "errcode " + number + ": " + quoted(String.valueOf(json.get("errmsg")));
    }

    /** The delivery log keeps a receiver's words short. */
    private static String quoted(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }
}
