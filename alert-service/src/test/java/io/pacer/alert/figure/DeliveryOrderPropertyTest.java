package io.pacer.alert.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.lifecycle.AlertStore;
import io.pacer.alert.position.Incoming;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;

/**
 * Coalescing must not change what is judged: the same figure events of one partition, delivered one by one, all
 * in one poll, or cut into polls anywhere, leave the same alerts firing, with the same severity, month and values.
 * (An alert that fired and resolved between two events of one poll never exists when they are coalesced: that is
 * the point of coalescing, so resolved alerts are not compared.)
 */
class DeliveryOrderPropertyTest extends ServiceTest {

    private static final String INDICATOR = "projects_completed";
    private static final List<String> TOWNS = List.of("gxq", "ta", "tb");
    private static final int TRIALS = 14;

    @Autowired
    FigureIntake intake;
    @Autowired
    TargetBook targets;
    @Autowired
    AlertStore alerts;
    @Autowired
    AlertEvaluator evaluator;

    @Test
    void anyCutOfThePollsLeavesTheSameAlertsAsOneEventAtATime() {
        String expected = null;
        for (int trial = 0; trial < TRIALS; trial++) {
            int year = 1901 + trial;
            TOWNS.forEach(town -> targets.save(Target.of(year, town, INDICATOR, new BigDecimal("120"),
                    new BigDecimal("10"), null, null, null)));
            List<byte[]> events = scenario(year, new Random(42));
            Random cuts = new Random(trial);
            int maxPoll = trial == 0 ? 1 : trial == 1 ? events.size() : 1 + cuts.nextInt(12);
            long offset = 0;
            for (int from = 0; from < events.size();) {
                int to = Math.min(events.size(), from + 1 + cuts.nextInt(maxPoll));
                List<Incoming> poll = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    poll.add(new Incoming(0, offset++, events.get(i)));
                }
                intake.apply(poll);
                from = to;
            }
            String outcome = outcome(year);
            if (expected == null) {
                expected = outcome;
                assertThat(outcome).as("the scenario fires something").contains("FIRING");
            }
            assertThat(outcome).as("trial %d (polls of up to %d events)", trial, maxPoll).isEqualTo(expected);
        }
    }

    /** Six months of three towns with revisions of earlier months; the last month comes last and complete. */
    private static List<byte[]> scenario(int year, Random random) {
        List<FigureEvent> events = new ArrayList<>();
        Map<String, Integer> ytd = new HashMap<>();
        for (int m = 1; m <= 6; m++) {
            Map<String, Double> growth = new HashMap<>();
            TOWNS.forEach(town -> growth.put(town, (double) (random.nextInt(60) - 20)));
            for (String town : TOWNS) {
                int value = ytd.merge(town, 1 + random.nextInt(15), Integer::sum);
                events.add(event(year, m, town, value, growth.get(town), rank(town, growth)));
                if (m < 6 && random.nextInt(3) == 0) {
                    events.add(random.nextInt(Math.max(1, events.size() - 3)),
                            event(year, m, town, value + 5, growth.get(town) - 7, rank(town, growth)));
                }
            }
        }
        return events.stream().map(PacerJson::write).toList();
    }

    private static FigureEvent event(int year, int month, String town, int ytd, double growth, int rank) {
        return new FigureEvent(town, "d1", INDICATOR, String.format("%d-%02d", year, month), BigDecimal.valueOf(ytd),
                null, growth, null, 1, 1, new Ranks(null, rank, null), Ranks.NONE);
    }

    private static int rank(String town, Map<String, Double> growth) {
        return 1 + (int) growth.values().stream().filter(g -> g > growth.get(town)).count();
    }

    private String outcome(int year) {
        evaluator.flushReadings();
        StringBuilder text = new StringBuilder();
        alerts.search(Filters.and(Filters.eq("year", year), Filters.eq("state", "FIRING"))).stream()
                .sorted(Comparator.comparing(a -> a.fingerprint().rule() + a.fingerprint().regionId())).forEach(a -> text
                .append(a.fingerprint().rule()).append(' ').append(a.fingerprint().regionId()).append(' ')
                .append(a.state()).append(' ').append(a.severity()).append(' ').append(a.period().month())
                .append(' ').append(a.values()).append('\n'));
        return text.toString();
    }
}
