package io.pacer.alert.target;

/** What a target is for: one (year, region, indicator). */
public record TargetKey(int year, String regionId, String indicator) {
}
