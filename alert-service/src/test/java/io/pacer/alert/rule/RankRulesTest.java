package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankRulesTest {

    private static final GrowthStanding LAST_OF_FIVE = new GrowthStanding(5, 5, 5);
    private static final GrowthStanding SECOND_OF_FIVE = new GrowthStanding(2, 5, 5);
    private static final GrowthStanding LAST_OF_TWO = new GrowthStanding(2, 2, 2);

    @ParameterizedTest(name = "rank {0} among {1} ranked (worst {2}) -> {3}")
    @CsvSource({
            // rank, ranked siblings incl. the region, worst rank given, outcome
            "5, 5, 5, YELLOW",
            "4, 5, 5, CLEAR",
            "4, 5, 4, YELLOW",  // tied for last (competition ranks 1,2,3,4,4)
            "1, 3, 1, YELLOW",  // all three tied: each is last
            "3, 3, 3, YELLOW",  // exactly three ranked
            "2, 2, 2, CLEAR",   // fewer than three ranked: nobody is last
            "1, 1, 1, CLEAR",
    })
    void rankBottomIsLastByGrowthAmongAtLeastThree(int rank, int ranked, int worst, String outcome) {
        RuleInput input = Inputs.atMonth(5).growth(-1.0).standing(rank, ranked, worst).build();

        assertThat(Outcomes.of(RankBottomRule.evaluate(input))).isEqualTo(outcome);
    }

    @Test
    void rankBottomIsNotEvaluatedWithoutAGrowthRank() {
        RuleInput input = Inputs.atMonth(5).standing(null, 4, 4).build();

        assertThat(Outcomes.of(RankBottomRule.evaluate(input))).isEqualTo("SKIP");
        assertThat(Outcomes.of(RankBottomRule.evaluate(RuleInput.NOTHING_REPORTED))).isEqualTo("SKIP");
    }

    @Test
    void rankBottomWaitsWhileTheSiblingsRanksDisagree() {
        RuleInput input = Inputs.atMonth(5).build();
        RuleInput midUpdate = new RuleInput(input.month(), input.current(), input.seasonal(),
                new GrowthStanding(2, 3, 2, false), GrowthStanding.UNKNOWN, GrowthStanding.UNKNOWN);

        assertThat(Outcomes.of(RankBottomRule.evaluate(midUpdate))).isEqualTo("SKIP");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''        | true",
            "1         | true",
            "1,2,3     | true",
            "1,2,2,4   | true",
            "1,1,1     | true",
            "1,1,3,3   | true",
            "1,1,2     | false",
            "2,3,3     | false",
            "1,2,4,4   | false",
            "1,3       | false",
    })
    void siblingRanksAgreeWhenTheyFormACompetitionRanking(String ranks, boolean consistent) {
        List<Integer> sorted = ranks.isBlank() ? List.of()
                : Arrays.stream(ranks.split(",")).map(Integer::valueOf).toList();

        assertThat(GrowthStanding.isCompetitionRanking(sorted)).isEqualTo(consistent);
    }

    @Test
    void rankBottomTurnsRedWhenLastForThreeMonthsRunning() {
        RuleInput input = Inputs.atMonth(3).standing(5, 5, 5).before(LAST_OF_FIVE, LAST_OF_FIVE).build();

        assertThat(Outcomes.of(RankBottomRule.evaluate(input))).isEqualTo("RED");
    }

    @Test
    void rankBottomStaysYellowWhenAnyOfTheTwoMonthsBeforeWasNotLast() {
        assertThat(Outcomes.of(RankBottomRule.evaluate(
                Inputs.atMonth(4).standing(5, 5, 5).before(SECOND_OF_FIVE, LAST_OF_FIVE).build())))
                .isEqualTo("YELLOW");
        assertThat(Outcomes.of(RankBottomRule.evaluate(
                Inputs.atMonth(4).standing(5, 5, 5).before(LAST_OF_FIVE, SECOND_OF_FIVE).build())))
                .isEqualTo("YELLOW");
        assertThat(Outcomes.of(RankBottomRule.evaluate(
                Inputs.atMonth(4).standing(5, 5, 5).before(LAST_OF_FIVE, LAST_OF_TWO).build())))
                .as("last among only two ranked is not last").isEqualTo("YELLOW");
        assertThat(Outcomes.of(RankBottomRule.evaluate(
                Inputs.atMonth(4).standing(5, 5, 5).before(LAST_OF_FIVE, GrowthStanding.UNKNOWN).build())))
                .isEqualTo("YELLOW");
    }

    @Test
    void rankBottomIsNeverRedBeforeMarch() {
        // In February there is no m−2 of the same year: the input carries no standing for it.
        RuleInput february = Inputs.atMonth(2).standing(5, 5, 5).before(LAST_OF_FIVE, GrowthStanding.UNKNOWN)
                .build();

        assertThat(Outcomes.of(RankBottomRule.evaluate(february))).isEqualTo("YELLOW");
    }

    @ParameterizedTest(name = "rank change {0} -> {1}")
    @CsvSource({
            "-3, YELLOW",
            "-7, YELLOW",
            "-2, CLEAR",
            "0,  CLEAR",
            "4,  CLEAR",
    })
    void rankDropIsAFallOfThreePlacesOrMore(int change, String outcome) {
        RuleInput input = Inputs.atMonth(5).standing(6, 8, 8).rankChange(change).build();

        assertThat(Outcomes.of(RankDropRule.evaluate(input))).isEqualTo(outcome);
    }

    @Test
    void rankDropIsNotEvaluatedWithoutARankChange() {
        RuleInput january = Inputs.atMonth(1).standing(6, 8, 8).rankChange(null).build();

        assertThat(Outcomes.of(RankDropRule.evaluate(january))).isEqualTo("SKIP");
    }

    @Test
    void rankAlertsCarryTheRankAndItsChange() {
        Verdict.Fire fire = (Verdict.Fire) RankDropRule.evaluate(
                Inputs.atMonth(5).growth(1.5).standing(6, 8, 8).rankChange(-4).build());

        assertThat(fire.values().rank()).isEqualTo(6);
        assertThat(fire.values().rankChange()).isEqualTo(-4);
        assertThat(fire.values().growthPct()).isEqualByComparingTo("1.5");
    }
}
