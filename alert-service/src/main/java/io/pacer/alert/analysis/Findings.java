package io.pacer.alert.analysis;

import java.math.BigDecimal;
import java.util.List;

import io.pacer.events.AlertRule;
import io.pacer.events.Indicator;

/**
 * What the bulletin says about one indicator among the parent's children at one month: the growth and share
 * leaders (several on a tie), the children with a RED alert, the growth rank changes of 2 or more, and every child
 * with a growth in rank order (best first; the 红黑榜 is its first and last three).
 */
record Findings(Indicator indicator, List<Mark> growthLeaders, List<Mark> shareLeaders, List<Red> reds,
        List<Mark> rankChanges, List<Mark> byGrowth) {

    /** A region and a number: a percentage, or the places its rank moved (positive: up). */
    record Mark(String regionId, BigDecimal value) {
    }

    /** A child whose alerts for the indicator are firing RED, with their rules. */
    record Red(String regionId, List<AlertRule> rules) {
    }

    /** The first {@code n} by growth. */
    List<Mark> top(int n) {
        return byGrowth.subList(0, Math.min(n, byGrowth.size()));
    }

    /** The last {@code n} by growth, in rank order. */
    List<Mark> bottom(int n) {
        return byGrowth.subList(Math.max(0, byGrowth.size() - n), byGrowth.size());
    }
}
