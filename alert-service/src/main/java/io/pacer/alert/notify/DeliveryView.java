package io.pacer.alert.notify;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/** One queued notification in a subscription's delivery log, with every attempt. */
record DeliveryView(String id, String status, int attempts, Instant createdAt, Instant nextAttemptAt,
        List<Attempt> log) {

    record Attempt(Instant at, Integer attempt, String outcome, Integer httpStatus, String error, Long millis) {
    }

    static DeliveryView of(Document d) {
        List<Attempt> log = d.getList("log", Document.class, List.of()).stream()
                .map(a -> new Attempt(instant(a.getDate("at")), a.getInteger("attempt"), a.getString("outcome"),
                        a.getInteger("httpStatus"), a.getString("error"),
                        a.get("millis") == null ? null : ((Number) a.get("millis")).longValue()))
                .toList();
        return new DeliveryView(d.getString("_id"), d.getString("status"), d.getInteger("attempts", 0),
                instant(d.getDate("createdAt")), instant(d.getDate("nextAttemptAt")), log);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
