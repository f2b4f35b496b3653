package io.pacer.alert.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.pacer.alert.lifecycle.Fingerprint;
import io.pacer.alert.rule.Verdict;
import io.pacer.events.AlertRule;
import io.pacer.events.Period;
import io.pacer.events.ProjectRecord;
import io.pacer.events.Severity;

/** SIGN_TO_PILE against 90 days (red past 135). */
class SignToPileRuleTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 1, 10);
    private static final ProjectRecord PROJECT = Projects.signed("p1", "gxq", SIGNED);

    private static Verdict after(int days) {
        return SignToPileRule.evaluate(PROJECT, SIGNED.plusDays(days), 90);
    }

    @Test
    void ninetyDaysWithoutAPileIsStillWithinTheLimit() {
        assertThat(after(89)).isInstanceOf(Verdict.Clear.class);
        assertThat(after(90)).isInstanceOf(Verdict.Clear.class);
    }

    @Test
    void theNinetyFirstDayWithoutAPileIsYellowNamingTheDaysAndTheProject() {
        assertThat(after(91)).isInstanceOfSatisfying(Verdict.Fire.class, fire -> {
            assertThat(fire.severity()).isEqualTo(Severity.YELLOW);
            assertThat(fire.values().daysSinceSigned()).isEqualTo(91);
            assertThat(fire.values().projectName()).isEqualTo("项目p1");
            assertThat(fire.period()).isEqualTo(new Period(2026, 1));
            assertThat(fire.message()).isEqualTo("signed 2026-01-10, 91 days ago, no pile yet");
        });
    }

    @Test
    void pastOneAndAHalfTimesTheLimitIsRed() {
        assertThat(after(135)).isInstanceOfSatisfying(Verdict.Fire.class,
                fire -> assertThat(fire.severity()).isEqualTo(Severity.YELLOW));
        assertThat(after(136)).isInstanceOfSatisfying(Verdict.Fire.class, fire -> {
            assertThat(fire.severity()).isEqualTo(Severity.RED);
            assertThat(fire.values().daysSinceSigned()).isEqualTo(136);
        });
    }

    @Test
    void anOddLimitTurnsRedOnlyPastItsExactOneAndAHalf() {
        LocalDate today = SIGNED.plusDays(136);
        assertThat(SignToPileRule.evaluate(PROJECT, today, 91)).isInstanceOfSatisfying(Verdict.Fire.class,
                fire -> assertThat(fire.severity()).isEqualTo(Severity.YELLOW));
        assertThat(SignToPileRule.evaluate(PROJECT, today.plusDays(1), 91)).isInstanceOfSatisfying(
                Verdict.Fire.class, fire -> assertThat(fire.severity()).isEqualTo(Severity.RED));
    }

    @Test
    void aPiledProjectClearsHoweverLongAgoItWasSigned() {
        ProjectRecord piled = Projects.piled(PROJECT, SIGNED.plusDays(120));

        assertThat(SignToPileRule.evaluate(piled, SIGNED.plusDays(400), 90)).isInstanceOfSatisfying(
                Verdict.Clear.class, clear -> {
                    assertThat(clear.values().projectName()).isEqualTo("项目p1");
                    assertThat(clear.message()).isEqualTo("piled on 2026-05-10");
                });
    }

    @Test
    void aDeletedProjectResolvesKeepingWhatItsAlertLastShowed() {
        assertThat(SignToPileRule.removed()).isInstanceOfSatisfying(Verdict.Clear.class,
                clear -> assertThat(clear.values()).isNull());
    }

    @Test
    void theFingerprintIsTheRegionProjectsSignedTheYearOfSigningAndTheProject() {
        Fingerprint fingerprint = SignToPileRule.fingerprint(PROJECT);

        assertThat(fingerprint).isEqualTo(new Fingerprint(AlertRule.SIGN_TO_PILE, "gxq", "projects_signed", 2026,
                null, "p1"));
        assertThat(fingerprint.id()).isNotEqualTo(SignToPileRule.fingerprint(Projects.signed("p2", "gxq", SIGNED))
                .id());
        assertThat(Fingerprint.of(AlertRule.PROGRESS_LAG, "gxq", "projects_signed", 2026).id())
                .as("the other rules' ids are what they were").isEqualTo("127982545dcdb231");
    }
}
