package io.pacer.demo.data;

import static io.pacer.demo.data.DemoIndicators.FISCAL_REVENUE;
import static io.pacer.demo.data.DemoIndicators.INDUSTRIAL_INVESTMENT;
import static io.pacer.demo.data.DemoIndicators.ISSUES_RESOLVED;
import static io.pacer.demo.data.DemoIndicators.LAND_DEVELOPED;
import static io.pacer.demo.data.DemoIndicators.PROJECTS_COMPLETED;
import static io.pacer.demo.data.DemoIndicators.PROJECTS_SIGNED;
import static io.pacer.demo.data.DemoIndicators.PROJECTS_STARTED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The High-tech Zone's departmental figures, set by hand so that period D-02 carries the source speech's
 * January–February numbers (2.46亿元 fiscal revenue, +59.2 % on 15,452; 16 projects signed; 7 started; 3.23亿元
 * industrial investment; 500 mu of land; 14 issues resolved) and projects_completed trails the LINEAR schedule
 * by 2 of 12 projects (16.7 points: yellow) at every month from March on. All values are year-to-date.
 */
final class ZoneFigures {

    /** Last year (D−1), months 1..12. */
    private static final Map<String, int[]> LAST_YEAR = Map.of(
            FISCAL_REVENUE, new int[] {7230, 15452, 25400, 34800, 45100, 56300, 65900, 75200, 86300, 97600, 108900,
                123500},
            PROJECTS_SIGNED, new int[] {3, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 30},
            PROJECTS_STARTED, new int[] {2, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 17},
            PROJECTS_COMPLETED, new int[] {0, 0, 1, 1, 2, 3, 3, 4, 5, 6, 7, 9},
            INDUSTRIAL_INVESTMENT, new int[] {11000, 24100, 36000, 47500, 60000, 72800, 84000, 95500, 108000, 120400,
                133000, 150000},
            LAND_DEVELOPED, new int[] {150, 380, 520, 650, 800, 940, 1080, 1200, 1340, 1480, 1600, 1750},
            ISSUES_RESOLVED, new int[] {4, 10, 15, 21, 26, 32, 37, 43, 48, 54, 59, 66});

    /** The demo year D: January, February, then a rule for March on. */
    private static final Map<String, IntUnaryOperator> DEMO_YEAR = Map.of(
            FISCAL_REVENUE, m -> m == 1 ? 11800 : m == 2 ? 24600
                    : 24600 + (int) Math.round((LAST_YEAR.get(FISCAL_REVENUE)[m - 1] - 15452) * 1.35),
            PROJECTS_SIGNED, m -> m == 1 ? 7 : 16 + 2 * (m - 2),
            PROJECTS_STARTED, m -> m == 1 ? 3 : 7 + (3 * (m - 2)) / 2,
            PROJECTS_COMPLETED, m -> Math.max(0, m - 2),
            INDUSTRIAL_INVESTMENT, m -> m == 1 ? 14800 : 32300 + 15000 * (m - 2),
            LAND_DEVELOPED, m -> m == 1 ? 220 : 500 + 160 * (m - 2),
            ISSUES_RESOLVED, m -> m == 1 ? 6 : 14 + 6 * (m - 2));

    private ZoneFigures() {
    }

    static boolean covers(String indicator) {
        return LAST_YEAR.containsKey(indicator);
    }

    /** The zone's year-to-date for the indicator; years before D−1 and after D are scaled from their neighbour. */
    static BigDecimal ytd(String indicator, int year, int month, int demoYear) {
        if (year < demoYear - 1) {
            return scaled(ytd(indicator, year + 1, month, demoYear), 0.88);
        }
        if (year > demoYear) {
            return scaled(ytd(indicator, year - 1, month, demoYear), 1.1);
        }
        int value = year == demoYear ? DEMO_YEAR.get(indicator).applyAsInt(month)
                : LAST_YEAR.get(indicator)[month - 1];
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal scaled(BigDecimal value, double factor) {
        return BigDecimal.valueOf(Math.floor(value.doubleValue() * factor)).setScale(0, RoundingMode.UNNECESSARY);
    }
}
