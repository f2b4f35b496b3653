package io.pacer.alert.notify;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.events.AlertEvent;

/**
 * The e-mail of a notification, queued as {@code {subject, text}}: the subject names the alert (or how many there
 * are); the plain-text body gives each alert's summary and message.
 */
final class Letters {

    private Letters() {
    }

    static Map<String, Object> letter(List<AlertEvent> events, Texts texts, LocalDate digestOf) {
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("subject", subject(events, texts, digestOf));
        letter.put("text", text(events, texts, digestOf));
        return letter;
    }

    static String title(Texts texts, LocalDate digestOf) {
        if (digestOf != null) {
            return texts.zh() ? "Pacer 每日预警汇总（" + digestOf + "）" : "Pacer daily alert digest (" + digestOf + ")";
        }
        return texts.zh() ? "Pacer 预警" : "Pacer alerts";
    }

    static String subject(List<AlertEvent> events, Texts texts, LocalDate digestOf) {
        String first = texts.summary(events.get(0));
        if (digestOf != null) {
            return title(texts, digestOf) + (texts.zh() ? "：" + events.size() + " 条" : ": " + events.size());
        }
        if (events.size() == 1) {
            return title(texts, null) + (texts.zh() ? "：" : ": ") + first;
        }
        return texts.zh() ? title(texts, null) + "：" + first + " 等 " + events.size() + " 条"
                : title(texts, null) + ": " + first + " and " + (events.size() - 1) + " more";
    }

    static String text(List<AlertEvent> events, Texts texts, LocalDate digestOf) {
        StringBuilder text = new StringBuilder(title(texts, digestOf)).append("\n\n");
        for (AlertEvent e : events) {
            text.append("■ ").append(texts.summary(e)).append('\n').append(texts.message(e)).append("\n\n");
        }
        text.append(texts.zh() ? "—— Pacer 经济指标监测（本邮件由系统自动发送）"
                : "-- Pacer indicator monitoring (sent automatically)").append('\n');
        return text.toString();
    }
}
