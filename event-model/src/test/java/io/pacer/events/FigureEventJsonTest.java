package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;


/** The direct writer is held to Jackson's bytes over every kind of figure event. */
class FigureEventJsonTest {

    @Test
    void writesExactlyTheBytesJacksonWritesForEveryKindOfFigure() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++) {
            FigureEvent figure = figure(random);
            byte[] expected = PacerJson.write(figure);
            assertThat(new String(FigureEventJson.write(figure), StandardCharsets.UTF_8)).as("figure %s", figure)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void namesThatJsonEscapesOrThatAreNotAsciiAreWrittenByJacksonAndReadBack() {
        FigureEvent figure = new FigureEvent("town \"7\"\\", "区-1", "fiscal_revenue\n", "2026-10",
                new BigDecimal("1E+3"), null, Double.NaN, null, 1, 2, Ranks.NONE, new Ranks(1, null, -2), Ranks.NONE,
                Ranks.NONE);

        byte[] json = FigureEventJson.write(figure);

        assertThat(json).isEqualTo(PacerJson.write(figure));
        assertThat(PacerJson.read(json, FigureEvent.class).regionId()).isEqualTo("town \"7\"\\");
    }

    private static FigureEvent figure(SplittableRandom random) {
        return new FigureEvent("t" + random.nextInt(100), random.nextInt(10) == 0 ? null : "d" + random.nextInt(9),
                "indicator_" + random.nextInt(20), (2020 + random.nextInt(8)) + "-"
                        + String.format("%02d", 1 + random.nextInt(12)),
                decimal(random), decimal(random), percent(random), percent(random), random.nextInt(200),
                random.nextInt(200), ranks(random), ranks(random), ranks(random), ranks(random));
    }

    private static BigDecimal decimal(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(-4, 12));
            case 2 -> new BigDecimal("1E+" + random.nextInt(1, 12));
            default -> BigDecimal.valueOf(random.nextLong(1_000_000_000_000L) - 1_000_000, random.nextInt(0, 5));
        };
    }

    private static Double percent(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> (double) random.nextInt(-100, 100);
            case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(-8, 9)) * (random.nextBoolean() ? 1 : -1);
            case 3 -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
            default -> (random.nextLong(-1_000_000_000L, 1_000_000_000L)) / (double) random.nextLong(1, 1_000_000);
        };
    }

    private static Ranks ranks(SplittableRandom random) {
        if (random.nextInt(8) == 0) {
            return Ranks.NONE;
        }
        return new Ranks(random.nextInt(4) == 0 ? null : random.nextInt(-20, 60),
                random.nextInt(4) == 0 ? null : random.nextInt(-20, 60),
                random.nextInt(4) == 0 ? null : random.nextInt(-20, 60));
    }
}
