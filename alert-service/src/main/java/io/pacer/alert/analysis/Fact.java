package io.pacer.alert.analysis;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.pacer.events.AlertRule;

/**
 * One number or finding the bulletin's text states, as data: {@code growthLeader} and {@code shareLeader} (value:
 * the percentage, unrounded), {@code rankChange} (value: places moved, positive up), {@code redAlert} (rule).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Fact(String kind, String regionId, String indicator, BigDecimal value, AlertRule rule) {

    static final String GROWTH_LEADER = "growthLeader";
    static final String SHARE_LEADER = "shareLeader";
    static final String RANK_CHANGE = "rankChange";
    static final String RED_ALERT = "redAlert";
}
