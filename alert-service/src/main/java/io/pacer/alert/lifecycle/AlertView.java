package io.pacer.alert.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Severity;

/** An alert as {@code GET /api/v1/alerts} shows it (REST contract), plus entityId, rankChange and resolvedAt. */
record AlertView(String id, AlertRule rule, String regionId, String indicator, int year,
        @JsonInclude(JsonInclude.Include.NON_NULL) String entityId, String period, Severity severity,
        AlertState state, BigDecimal progressPct, BigDecimal expectedPct, BigDecimal growthPct,
        BigDecimal growthTargetPct, Integer rank, Integer rankChange, String message, Instant firedAt,
        Instant changedAt, Instant resolvedAt, @JsonInclude(JsonInclude.Include.NON_NULL) Acknowledgement ack) {

    static AlertView of(Alert a) {
        var v = a.values();
        return new AlertView(a.id(), a.fingerprint().rule(), a.fingerprint().regionId(), a.fingerprint().indicator(),
                a.fingerprint().year(), a.fingerprint().entityId(), a.period() == null ? null : a.period().toString(),
                a.severity(), a.state(), v.progressPct(), v.expectedPct(), v.growthPct(), v.growthTargetPct(),
                v.rank(), v.rankChange(), a.message(), a.firedAt(), a.changedAt(), a.resolvedAt(), a.ack());
    }
}
