package io.pacer.support.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.pacer.events.ReferenceKeys;
import io.pacer.events.TokenRecord;

/**
 * Every token record seen on {@code pacer.reference}, by hash. Thread-safe: the reference consumer writes while
 * request threads read. The latest record for a hash wins, so a revocation is final unless re-published.
 */
public class TokenDirectory {

    private final Map<String, TokenRecord> byHash = new ConcurrentHashMap<>();

    public void apply(TokenRecord token) {
        if (token != null && token.sha256() != null) {
            byHash.put(token.sha256(), token);
        }
    }

    /**
     * Applies one {@code pacer.reference} record if it is a token: a tombstone (null value) under
     * {@code token:<sha256>} forgets the token; other keys are ignored, so a service may pass every record here.
     */
    public void applyReference(String key, Object value) {
        if (key == null || !key.startsWith(ReferenceKeys.TOKEN)) {
            return;
        }
        if (value instanceof TokenRecord token) {
            apply(token);
        }
        else if (value == null) {
            byHash.remove(key.substring(ReferenceKeys.TOKEN.length()));
        }
    }

    /** The principal of a raw bearer token; empty when the token is unknown or revoked. */
    public Optional<PacerPrincipal> authenticate(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return Optional.empty();
        }
        return find(TokenHashing.sha256Hex(rawToken)).filter(t -> !t.revoked()).map(PacerPrincipal::of);
    }

    public Optional<TokenRecord> find(String sha256) {
        return Optional.ofNullable(sha256 == null ? null : byHash.get(sha256));
    }

    public int size() {
        return byHash.size();
    }
}
