package io.pacer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches alert transitions on {@code pacer.alerts} with the submissions that caused them (phase (d)).
 *
 * <p>The rule: every acknowledged submission that was meant to move a town's alert registers (town, indicator,
 * period) with its send and 202 times and the growth it gives the town; a transition of the rule being driven
 * ({@code GROWTH_LAG}) for (regionId, indicator, period) is matched with the earliest submission registered for that
 * key that has not been matched yet, provided that submission was sent before the transition arrived and the
 * transition's {@code growthPct} is the one the submission gave (within {@link #GROWTH_TOLERANCE_PTS} points). A
 * transition that fails either test is counted as unexplained, and the submission waits for the next one: a
 * transition left over from before the phase (it reports another growth, or arrived before the submission was sent)
 * is never taken for one of the phase. A town's submissions come from one sender thread, one after the other, so per
 * key the registration order is the 202 order and the ledger order, and alert-service publishes a key's transitions
 * in that order too. Transitions of other rules (RANK_BOTTOM, RANK_DROP and PROGRESS_LAG move with the same figures,
 * for the town's siblings too) are counted apart. Times are System.nanoTime values of this process: the 202's
 * arrival and the transition's arrival at the tail consumer; latency = arrival − 202 (negative when the transition
 * overtook the 202).
 *
 * <p>Submissions of the warm-up are registered too (so their transitions are not taken for later ones) but not
 * measured.
 */
final class AlertMatcher {

    /** How far a transition's growth may be from the submission's (the rest of the town moves it by far less). */
    static final double GROWTH_TOLERANCE_PTS = 1.0;

    private record Submission(long sentAt, long ackedAt, double growthPct, boolean measured) {
    }

    private record Arrival(long at, Double growthPct) {
    }

    /**
     * Of the measured submissions: how many expected a transition, how many got one, the latencies of those from
     * the 202 and from sending (ms), and how many of them arrived later than the limit. {@code unexplained}: driven
     * rule transitions matched to no submission; {@code otherRules}: transitions of other rules.
     */
    record Outcome(int expected, int matched, int late, double[] latenciesMillis, double[] fromSendMillis,
            int unexplained, long otherRules) {
    }

    private final String rule;
    private final Map<String, List<Submission>> submissions = new HashMap<>();
    private final Map<String, List<Arrival>> transitions = new HashMap<>();
    private long otherRules;

    /** {@code rule}: the alert rule whose transitions the submissions drive (e.g. "GROWTH_LAG"). */
    AlertMatcher(String rule) {
        this.rule = rule;
    }

    /**
     * A submission acknowledged at {@code ackedAt} is expected to move (town, indicator, period)'s alert, giving the
     * town a growth of {@code growthPct}.
     */
    synchronized void acknowledged(String town, String indicator, String period, double growthPct, long sentAt,
            long ackedAt, boolean measured) {
        submissions.computeIfAbsent(key(town, indicator, period), k -> new ArrayList<>())
                .add(new Submission(sentAt, ackedAt, growthPct, measured));
    }

    /** A transition arrived at the tail consumer (in arrival order); {@code growthPct} as it reports it, or null. */
    synchronized void transition(String transitionRule, String region, String indicator, String period,
            Double growthPct, long arrivedAt) {
        if (!rule.equals(transitionRule)) {
            otherRules++;
            return;
        }
        transitions.computeIfAbsent(key(region, indicator, period), k -> new ArrayList<>())
                .add(new Arrival(arrivedAt, growthPct));
    }

    /** How many measured submissions have their transition already (to know when to stop waiting). */
    synchronized int matchedCount() {
        return outcome(Long.MAX_VALUE).matched();
    }

    synchronized int expectedCount() {
        int n = 0;
        for (List<Submission> list : submissions.values()) {
            for (Submission s : list) {
                n += s.measured() ? 1 : 0;
            }
        }
        return n;
    }

    synchronized Outcome outcome(long lateNanos) {
        int expected = 0;
        int matched = 0;
        int late = 0;
        int unexplained = 0;
        List<Double> latencies = new ArrayList<>();
        List<Double> fromSend = new ArrayList<>();
        for (Map.Entry<String, List<Submission>> e : submissions.entrySet()) {
            for (Submission s : e.getValue()) {
                expected += s.measured() ? 1 : 0;
            }
        }
        for (Map.Entry<String, List<Arrival>> e : transitions.entrySet()) {
            List<Submission> candidates = submissions.getOrDefault(e.getKey(), List.of());
            int next = 0;
            for (Arrival arrival : e.getValue()) {
                long arrivedAt = arrival.at();
                // the earliest unmatched submission; one sent after the transition arrived did not cause it
                if (next < candidates.size() && candidates.get(next).sentAt() <= arrivedAt
                        && arrival.growthPct() != null
                        && Math.abs(arrival.growthPct() - candidates.get(next).growthPct()) <= GROWTH_TOLERANCE_PTS) {
                    Submission s = candidates.get(next++);
                    if (s.measured()) {
                        matched++;
                        latencies.add((arrivedAt - s.ackedAt()) / 1e6);
                        fromSend.add((arrivedAt - s.sentAt()) / 1e6);
                        late += arrivedAt - s.ackedAt() > lateNanos ? 1 : 0;
                    }
                } else {
                    unexplained++;
                }
            }
        }
        return new Outcome(expected, matched, late, toArray(latencies), toArray(fromSend), unexplained, otherRules);
    }

    private static double[] toArray(List<Double> values) {
        return Arrays.stream(values.toArray(new Double[0])).mapToDouble(Double::doubleValue).toArray();
    }

    private static String key(String region, String indicator, String period) {
        return region + '|' + indicator + '|' + period;
    }
}
