package io.pacer.alert.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.pacer.events.AlertRule;

/**
 * What makes an alert one alert: (rule, region, indicator, year), plus the entity for MISSING_REPORT and the
 * project for SIGN_TO_PILE. The id is derived from it, so replaying the same figures finds the same alert.
 */
public record Fingerprint(AlertRule rule, String regionId, String indicator, int year, String entityId,
        String projectId) {

    public Fingerprint(AlertRule rule, String regionId, String indicator, int year, String entityId) {
        this(rule, regionId, indicator, year, entityId, null);
    }

    public static Fingerprint of(AlertRule rule, String regionId, String indicator, int year) {
        return new Fingerprint(rule, regionId, indicator, year, null);
    }

    /**
     * 16 hex digits of the SHA-256 of the fingerprint's fields, as Alertmanager's fingerprints look (a project id
     * is appended only when there is one, so the ids of the other rules' alerts stay what they were).
     */
    public String id() {
        String canonical = String.join("\u001f", rule.name(), regionId, indicator, Integer.toString(year),
                entityId == null ? "" : entityId) + (projectId == null ? "" : "\u001f" + projectId);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
