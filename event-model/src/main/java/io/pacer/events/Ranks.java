package io.pacer.events;

/** A region's rank (or rank change) among its siblings by value, growth and share; null where unranked. */
public record Ranks(Integer value, Integer growth, Integer share) {

    public static final Ranks NONE = new Ranks(null, null, null);
}
