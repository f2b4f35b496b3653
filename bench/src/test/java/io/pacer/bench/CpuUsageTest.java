package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class CpuUsageTest {

    @Test
    void betweenGivesEachProcessesShareAndWhatTheRestOfTheMachineUsed() {
        Map<String, Long> before = new LinkedHashMap<>(Map.of("aggregate", 1_000L, "(machine)", 10_000L));
        Map<String, Long> after = new LinkedHashMap<>();
        after.put("aggregate", 41_000L);
        after.put("mongo", 20_000L);
        after.put("(machine)", 80_000L);

        assertThat(CpuUsage.between(before, after))
                .isEqualTo("aggregate 40.0 s, mongo 20.0 s, other processes 10.0 s");
    }

    @Test
    void betweenListsEveryInstanceAndAddsUpTheInstancesOfAService() {
        Map<String, Long> before = new LinkedHashMap<>();
        before.put("aggregate-1", 5_000L);
        before.put("aggregate-2", 6_000L);
        before.put("(machine)", 0L);
        Map<String, Long> after = new LinkedHashMap<>();
        after.put("aggregate-1", 15_000L);
        after.put("aggregate-2", 12_500L);
        after.put("alert-1", 3_000L);
        after.put("alert-2", 1_000L);
        after.put("kafka", 2_000L);
        after.put("(machine)", 40_000L);

        assertThat(CpuUsage.between(before, after)).isEqualTo("aggregate-1 10.0 s, aggregate-2 6.5 s, alert-1 3.0 s, "
                + "alert-2 1.0 s, kafka 2.0 s, other processes 17.5 s; aggregate-1 + aggregate-2 = 16.5 s; "
                + "alert-1 + alert-2 = 4.0 s");
    }

    @Test
    void aSnapshotHasTheCpuEachChildProcessUsedSoFarAndLeavesOutOneThatExited() throws Exception {
        // a shell that counts for a while (CPU), then waits (none)
        Process busy = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done; sleep 30")
                .start();
        Process done = new ProcessBuilder("true").start();
        try {
            assertThat(done.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            Map<String, Long> first = CpuUsage.snapshot(Map.of("busy", busy.toHandle(), "done", done.toHandle()));
            Map<String, Long> later = first;
            // the count takes well over 100 ms of CPU; wait (at most 20 s) until it has stopped growing
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20)) {
                Thread.sleep(500);
                Map<String, Long> next = CpuUsage.snapshot(Map.of("busy", busy.toHandle()));
                if (next.get("busy").equals(later.get("busy")) && next.get("busy") > 100) {
                    later = next;
                    break;
                }
                later = next;
            }
            assertThat(first).containsKeys("busy", "bench", CpuUsage.MACHINE).doesNotContainKey("done");
            assertThat(later.get("busy")).isGreaterThan(100).isGreaterThanOrEqualTo(first.get("busy"));
            assertThat(later.get("bench")).isPositive();
        } finally {
            busy.destroy();
        }
    }

    @Test
    void theMachinesBusyTimeGrows() {
        long first = CpuUsage.machineBusyMillis();
        long x = 0;
        for (int i = 0; i < 200_000_000; i++) {
            x += i % 7;
        }
        assertThat(x).isPositive();
        assertThat(CpuUsage.machineBusyMillis()).isGreaterThan(first);
    }
}
