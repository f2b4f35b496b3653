package io.pacer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches acknowledged submissions with the town figures they produce. A town's submissions for a period are
 * sent by one thread, one after the other, so the k-th acknowledged submission for (town, period) is the k-th on
 * the ledger; its figure for (town, indicator, period) is the first {@code pacer.figures} event for them whose
 * {@code reported} is at least k (reported only grows while new units report). Times are System.nanoTime values
 * of this process: the 202's arrival and the event's arrival at the tail consumer.
 */
final class LatencyMatcher {

    /** The arrival times at which a figure's reported count first reached a new high. */
    private static final class Progress {
        private final List<Integer> reported = new ArrayList<>();
        private final List<Long> arrivals = new ArrayList<>();

        void add(int count, long at) {
            if (reported.isEmpty() || count > reported.get(reported.size() - 1)) {
                reported.add(count);
                arrivals.add(at);
            }
        }

        /** The arrival of the first event with reported ≥ k, or -1. */
        long firstReaching(int k) {
            int lo = 0;
            int hi = reported.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (reported.get(mid) >= k) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo < reported.size() ? arrivals.get(lo) : -1;
        }
    }

    private record Expected(String key, int k, long sentAt, long ackedAt) {
    }

    /**
     * Latencies in milliseconds of the matched figures, from the 202 and from sending the request;
     * {@code missing}: no event within the limit after the 202.
     */
    record Outcome(double[] latenciesMillis, double[] fromSendMillis, int missing) {
    }

    private final Map<String, Progress> events = new HashMap<>();
    private final List<Expected> expected = new ArrayList<>();

    synchronized void event(String region, String indicator, String period, int reported, long arrivedAt) {
        events.computeIfAbsent(key(region, indicator, period), k -> new Progress()).add(reported, arrivedAt);
    }

    /** The k-th acknowledged submission for (town, period) was acknowledged at {@code ackedAt}. */
    synchronized void acknowledged(String town, String period, int k, long ackedAt, List<String> indicators) {
        acknowledged(town, period, k, ackedAt, ackedAt, indicators);
    }

    /** As above, with the moment the request was sent. */
    synchronized void acknowledged(String town, String period, int k, long sentAt, long ackedAt,
            List<String> indicators) {
        for (String indicator : indicators) {
            expected.add(new Expected(key(town, indicator, period), k, sentAt, ackedAt));
        }
    }

    synchronized int expectedCount() {
        return expected.size();
    }

    /** How many expected figures have an event already (to know when to stop waiting). */
    synchronized int matchedCount() {
        int matched = 0;
        for (Expected e : expected) {
            Progress p = events.get(e.key());
            if (p != null && p.firstReaching(e.k()) >= 0) {
                matched++;
            }
        }
        return matched;
    }

    synchronized Outcome outcome(long limitNanos) {
        double[] latencies = new double[expected.size()];
        double[] fromSend = new double[expected.size()];
        int n = 0;
        int missing = 0;
        for (Expected e : expected) {
            Progress p = events.get(e.key());
            long at = p == null ? -1 : p.firstReaching(e.k());
            if (at < 0 || at - e.ackedAt() > limitNanos) {
                missing++;
            } else {
                fromSend[n] = (at - e.sentAt()) / 1e6;
                latencies[n++] = (at - e.ackedAt()) / 1e6;
            }
        }
        return new Outcome(java.util.Arrays.copyOf(latencies, n), java.util.Arrays.copyOf(fromSend, n), missing);
    }

    private static String key(String region, String indicator, String period) {
        return region + '|' + indicator + '|' + period;
    }
}
