package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackTest {

    @Test
    void cpuBetweenGivesEachProcessesShareAndWhatTheRestOfTheMachineUsed() {
        Map<String, Long> before = new LinkedHashMap<>(Map.of("aggregate", 1_000L, "(machine)", 10_000L));
        Map<String, Long> after = new LinkedHashMap<>();
        after.put("aggregate", 41_000L);
        after.put("mongo", 20_000L);
        after.put("(machine)", 80_000L);

        assertThat(Stack.cpuBetween(before, after))
                .isEqualTo("aggregate 40.0 s, mongo 20.0 s, other processes 10.0 s");
    }

    @Test
    void theMachinesBusyTimeGrows() {
        long first = Stack.machineBusyMillis();
        long x = 0;
        for (int i = 0; i < 200_000_000; i++) {
            x += i % 7;
        }
        assertThat(x).isPositive();
        assertThat(Stack.machineBusyMillis()).isGreaterThan(first);
    }
}
