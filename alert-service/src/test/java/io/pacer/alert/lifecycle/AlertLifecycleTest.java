package io.pacer.alert.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pacer.alert.rule.Verdict;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Severity;
import io.pacer.events.TransitionKind;

class AlertLifecycleTest {

    private static final Fingerprint PROGRESS = Fingerprint.of(AlertRule.PROGRESS_LAG, "gxq", "projects_completed",
            2026);
    private static final Instant T0 = Instant.parse("2026-07-16T02:00:00Z");

    /** Applies the verdicts one after another, a minute apart; returns the published transitions. */
    private static List<String> run(String verdicts) {
        Alert alert = null;
        List<String> published = new ArrayList<>();
        Instant now = T0;
        for (String word : verdicts.trim().split("\\s+")) {
            Step step = AlertLifecycle.apply(alert, PROGRESS, Verdicts.of(word), now);
            if (step.notifies()) {
                AlertEvent event = step.transition();
                published.add(event.transition() + (event.transition() == TransitionKind.RESOLVED ? ""
                        : ":" + event.severity()));
            }
            alert = step.after();
            now = now.plusSeconds(60);
        }
        return published;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "YELLOW                              | FIRING:YELLOW",
            "YELLOW YELLOW YELLOW                | FIRING:YELLOW",
            "YELLOW RED                          | FIRING:YELLOW SEVERITY_CHANGED:RED",
            "YELLOW RED RED RED                  | FIRING:YELLOW SEVERITY_CHANGED:RED",
            "RED YELLOW                          | FIRING:RED SEVERITY_CHANGED:YELLOW",
            "YELLOW CLEAR                        | FIRING:YELLOW RESOLVED",
            "YELLOW CLEAR CLEAR                  | FIRING:YELLOW RESOLVED",
            "CLEAR CLEAR                         | ''",
            "SKIP YELLOW SKIP SKIP               | FIRING:YELLOW",
            "YELLOW SKIP CLEAR                   | FIRING:YELLOW RESOLVED",
            "YELLOW CLEAR YELLOW                 | FIRING:YELLOW RESOLVED FIRING:YELLOW",
            "RED GONE GONE                       | FIRING:RED RESOLVED",
            "GONE                                | ''",
            "YELLOW YELLOW RED RED CLEAR CLEAR   | FIRING:YELLOW SEVERITY_CHANGED:RED RESOLVED",
    })
    void notifiesOnlyOnNewlyFiringSeverityChangeAndResolution(String verdicts, String expected) {
        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.trim().split("\\s+"));

        assertThat(run(verdicts)).containsExactlyElementsOf(want);
    }

    @Test
    void aNewAlertFiresWithSequenceOneAndItsValues() {
        Step step = AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0);

        Alert alert = step.after();
        assertThat(alert.id()).isEqualTo(PROGRESS.id());
        assertThat(alert.state()).isEqualTo(AlertState.FIRING);
        assertThat(alert.severity()).isEqualTo(Severity.YELLOW);
        assertThat(alert.firedAt()).isEqualTo(T0);
        assertThat(alert.changedAt()).isEqualTo(T0);
        assertThat(alert.sequence()).isEqualTo(1);
        assertThat(alert.history()).hasSize(1);
        AlertEvent event = step.transition();
        assertThat(event.alertId()).isEqualTo(alert.id());
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.rule()).isEqualTo(AlertRule.PROGRESS_LAG);
        assertThat(event.regionId()).isEqualTo("gxq");
        assertThat(event.period()).isEqualTo("2026-06");
        assertThat(event.progressPct()).isEqualByComparingTo("35");
        assertThat(event.expectedPct()).isEqualByComparingTo("50");
    }

    @Test
    void reEvaluatingTheSameFiguresChangesNothingAtAll() {
        Alert firing = AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0).after();

        Step again = AlertLifecycle.apply(firing, PROGRESS, Verdicts.yellow("35"), T0.plusSeconds(3600));

        assertThat(again.changed()).isFalse();
        assertThat(again.notifies()).isFalse();
    }

    @Test
    void anUnchangedStateStillRefreshesTheValuesWithoutNotifying() {
        Alert firing = AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0).after();

        Step refreshed = AlertLifecycle.apply(firing, PROGRESS, Verdicts.yellow("38"), T0.plusSeconds(60));

        assertThat(refreshed.changed()).isTrue();
        assertThat(refreshed.notifies()).isFalse();
        assertThat(refreshed.after().values().progressPct()).isEqualByComparingTo("38");
        assertThat(refreshed.after().changedAt()).isEqualTo(T0);
        assertThat(refreshed.after().sequence()).isEqualTo(1);
    }

    @Test
    void escalationKeepsFiredAtAndNamesThePreviousSeverity() {
        Alert yellow = AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0).after();

        Step red = AlertLifecycle.apply(yellow, PROGRESS, Verdicts.red("10"), T0.plusSeconds(60));

        assertThat(red.transition().transition()).isEqualTo(TransitionKind.SEVERITY_CHANGED);
        assertThat(red.transition().previousSeverity()).isEqualTo(Severity.YELLOW);
        assertThat(red.transition().sequence()).isEqualTo(2);
        assertThat(red.after().firedAt()).isEqualTo(T0);
        assertThat(red.after().changedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void resolutionKeepsTheLastSeverityAndTheRecord() {
        Alert red = AlertLifecycle.apply(null, PROGRESS, Verdicts.red("10"), T0).after();

        Step resolved = AlertLifecycle.apply(red, PROGRESS, Verdicts.clear("50"), T0.plusSeconds(60));

        AlertEvent event = resolved.transition();
        assertThat(event.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(event.severity()).as("a RESOLVED goes where the last severity went").isEqualTo(Severity.RED);
        assertThat(resolved.after().resolvedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(resolved.after().values().progressPct()).isEqualByComparingTo("50");
        assertThat(resolved.after().history()).extracting(HistoryEntry::transition)
                .containsExactly(TransitionKind.FIRING, TransitionKind.RESOLVED);
    }

    @Test
    void aRuleThatNoLongerAppliesResolvesWithTheValuesItHad() {
        Alert red = AlertLifecycle.apply(null, PROGRESS, Verdicts.red("10"), T0).after();

        Alert resolved = AlertLifecycle.apply(red, PROGRESS, Verdicts.of("GONE"), T0.plusSeconds(60)).after();

        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.values().progressPct()).isEqualByComparingTo("10");
        assertThat(resolved.period()).isEqualTo(Verdicts.JUNE);
    }

    @Test
    void anAcknowledgementStaysThroughEscalationUntilTheAlertResolves() {
        Alert yellow = AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0).after();
        Acknowledgement ack = new Acknowledgement("王主任", "项目推进会已安排", "每周调度", LocalDate.of(2026, 8, 31),
                T0.plusSeconds(30));

        Alert acked = AlertLifecycle.acknowledge(yellow, ack);
        Alert red = AlertLifecycle.apply(acked, PROGRESS, Verdicts.red("10"), T0.plusSeconds(60)).after();
        Alert refreshed = AlertLifecycle.apply(red, PROGRESS, Verdicts.red("12"), T0.plusSeconds(90)).after();
        Alert resolved = AlertLifecycle.apply(refreshed, PROGRESS, Verdicts.clear("50"), T0.plusSeconds(120))
                .after();

        assertThat(red.ack()).isEqualTo(ack);
        assertThat(refreshed.ack()).isEqualTo(ack);
        assertThat(resolved.ack()).isNull();
        assertThat(resolved.history()).extracting(HistoryEntry::ack).contains(ack);
    }

    @Test
    void aReFiringAlertStartsAfreshWithoutTheOldAcknowledgement() {
        Alert yellow = AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0).after();
        Alert acked = AlertLifecycle.acknowledge(yellow,
                new Acknowledgement("王主任", "noted", null, null, T0.plusSeconds(1)));
        Alert resolved = AlertLifecycle.apply(acked, PROGRESS, Verdicts.clear("50"), T0.plusSeconds(60)).after();

        Step again = AlertLifecycle.apply(resolved, PROGRESS, Verdicts.yellow("30"), T0.plusSeconds(120));

        assertThat(again.after().ack()).isNull();
        assertThat(again.after().firedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(again.after().resolvedAt()).isNull();
        assertThat(again.transition().sequence()).isEqualTo(3);
        assertThat(again.after().id()).isEqualTo(yellow.id());
    }

    @Test
    void onlyAFiringAlertCanBeAcknowledged() {
        Alert resolved = AlertLifecycle.apply(AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0).after(),
                PROGRESS, Verdicts.clear("50"), T0.plusSeconds(60)).after();
        Acknowledgement ack = new Acknowledgement("王主任", "noted", null, null, T0.plusSeconds(90));

        assertThatThrownBy(() -> AlertLifecycle.acknowledge(resolved, ack)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClearWithoutAnAlertCreatesNone() {
        Step step = AlertLifecycle.apply(null, PROGRESS, Verdicts.clear("50"), T0);

        assertThat(step.after()).isNull();
        assertThat(step.changed()).isFalse();
    }

    @Test
    void aSkippedRuleLeavesAFiringAlertExactlyAsItIs() {
        Alert firing = AlertLifecycle.apply(null, PROGRESS, Verdicts.red("10"), T0).after();

        Step step = AlertLifecycle.apply(firing, PROGRESS, new Verdict.Skip("no growth"), T0.plusSeconds(60));

        assertThat(step.after()).isSameAs(firing);
        assertThat(step.changed()).isFalse();
    }

    @Test
    void theFingerprintDecidesTheIdAndTheEntityIsPartOfIt() {
        Fingerprint missing = new Fingerprint(AlertRule.MISSING_REPORT, "gxq", "fiscal_revenue", 2026, "e1");
        Fingerprint other = new Fingerprint(AlertRule.MISSING_REPORT, "gxq", "fiscal_revenue", 2026, "e2");

        assertThat(PROGRESS.id()).hasSize(16).isEqualTo(Fingerprint.of(AlertRule.PROGRESS_LAG, "gxq",
                "projects_completed", 2026).id());
        assertThat(missing.id()).isNotEqualTo(other.id());
        assertThat(Fingerprint.of(AlertRule.PROGRESS_LAG, "gxq", "projects_completed", 2027).id())
                .isNotEqualTo(PROGRESS.id());
    }

    private static Alert acknowledgedFiring(LocalDate due) {
        Alert firing = AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0).after();
        return AlertLifecycle.acknowledge(firing, new Acknowledgement("王主任", "推进中", "每周调度", due, T0));
    }

    @Test
    void anAcknowledgedAlertStillFiringPastItsDueDateIsEscalatedOnce() {
        Alert acked = acknowledgedFiring(LocalDate.of(2026, 7, 20));
        Instant later = T0.plusSeconds(86_400 * 5);

        Step onTheDueDate = AlertLifecycle.escalate(acked, LocalDate.of(2026, 7, 20), later);
        Step dayAfter = AlertLifecycle.escalate(acked, LocalDate.of(2026, 7, 21), later);
        Step again = AlertLifecycle.escalate(dayAfter.after(), LocalDate.of(2026, 7, 22), later.plusSeconds(3600));

        assertThat(onTheDueDate.notifies()).isFalse();
        assertThat(dayAfter.transition().transition()).isEqualTo(TransitionKind.ESCALATED);
        assertThat(dayAfter.transition().state()).isEqualTo(AlertState.FIRING);
        assertThat(dayAfter.transition().sequence()).isEqualTo(2);
        assertThat(dayAfter.transition().dueDate()).isEqualTo("2026-07-20");
        assertThat(dayAfter.after().ack().escalatedAt()).isEqualTo(later);
        assertThat(dayAfter.after().history()).extracting(HistoryEntry::transition).contains(TransitionKind.ESCALATED);
        assertThat(again.notifies()).isFalse();
        assertThat(again.changed()).isFalse();
    }

    @Test
    void noEscalationWithoutADueDateOrOnceResolved() {
        Alert noDue = acknowledgedFiring(null);
        Alert resolved = AlertLifecycle.apply(acknowledgedFiring(LocalDate.of(2026, 7, 1)), PROGRESS,
                Verdicts.clear("50"), T0).after();
        Alert unacknowledged = AlertLifecycle.apply(null, PROGRESS, Verdicts.yellow("35"), T0).after();

        LocalDate muchLater = LocalDate.of(2027, 1, 1);
        assertThat(AlertLifecycle.escalate(noDue, muchLater, T0).notifies()).isFalse();
        assertThat(AlertLifecycle.escalate(resolved, muchLater, T0).notifies()).isFalse();
        assertThat(AlertLifecycle.escalate(unacknowledged, muchLater, T0).notifies()).isFalse();
    }

    @Test
    void aNewAcknowledgementAfterReFiringCanEscalateAgain() {
        Alert escalated = AlertLifecycle.escalate(acknowledgedFiring(LocalDate.of(2026, 7, 1)),
                LocalDate.of(2026, 7, 2), T0).after();
        Alert refired = AlertLifecycle.apply(AlertLifecycle.apply(escalated, PROGRESS, Verdicts.clear("50"), T0)
                .after(), PROGRESS, Verdicts.yellow("35"), T0).after();
        Alert reacked = AlertLifecycle.acknowledge(refired, new Acknowledgement("王主任", "再推进", null,
                LocalDate.of(2026, 8, 1), T0));

        assertThat(AlertLifecycle.escalate(reacked, LocalDate.of(2026, 8, 2), T0).notifies()).isTrue();
    }
}
