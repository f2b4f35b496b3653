package io.pacer.alert.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.support.MessageBuilder;

import io.pacer.alert.ServiceTest;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Basis;
import io.pacer.events.EntityType;
import io.pacer.events.PacerJson;
import io.pacer.events.Period;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Severity;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.events.TransitionKind;

/** MISSING_REPORT from pacer.reference entities and pacer.submissions, through the function beans. */
class MissingReportStreamTest extends ServiceTest {

    @Autowired
    MissingReports missingReports;

    private void submit(String entity, String period) {
        SubmissionRecord record = new SubmissionRecord("s-" + entity + period, entity, "ta", "d1",
                "projects_completed", Basis.CUMULATIVE, period, BigDecimal.ONE, null, Instant.now(), List.of());
        input.send(MessageBuilder.withPayload(PacerJson.write(record)).build(), Topics.SUBMISSIONS);
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MissingReports.SHANGHAI).toInstant();
    }

    @Test
    void aMissingMonthFiresOnTheClockNamingTheEntityAndResolvesWhenItsFiguresArrive() {
        ZonedDateTime now = ZonedDateTime.now(MissingReports.SHANGHAI);
        Period lastDue = MissingReportRule.lastDue(now, 15);
        assumeTrue(lastDue.year() == now.getYear() && lastDue.month() >= 3, "fewer than three months are due");
        sendReference(new ReportingEntity("e-late", "迟报企业", EntityType.ENTERPRISE, "ta",
                List.of("projects_completed"), shanghai(now.getYear() + "-01-05T09:00:00")));

        submit("e-late", new Period(now.getYear(), 1).toString());
        List<AlertEvent> onArrival = published();
        missingReports.checkAll();
        List<AlertEvent> onTheClock = published();
        for (int m = 2; m < lastDue.month(); m++) {
            submit("e-late", new Period(now.getYear(), m).toString());
        }
        List<AlertEvent> whileSomeAreMissing = published();
        submit("e-late", lastDue.toString());
        List<AlertEvent> whenTheLastArrives = published();

        assertThat(onArrival).as("firing is the clock's").isEmpty();
        assertThat(onTheClock).filteredOn(e -> "e-late".equals(e.entityId())).singleElement().satisfies(e -> {
            assertThat(e.transition()).isEqualTo(TransitionKind.FIRING);
            assertThat(e.rule()).isEqualTo(AlertRule.MISSING_REPORT);
            assertThat(e.regionId()).isEqualTo("ta");
            assertThat(e.severity()).isEqualTo(Severity.YELLOW);
            assertThat(e.message()).startsWith("no figure for " + new Period(now.getYear(), 2));
        });
        assertThat(whileSomeAreMissing).as("still missing one: nothing new to say").isEmpty();
        assertThat(whenTheLastArrives).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(AlertState.RESOLVED));
    }

    @Test
    void aBacklogReadMonthByMonthFiresNothing() {
        sendReference(new ReportingEntity("e-backlog", "补报企业", EntityType.ENTERPRISE, "ta",
                List.of("projects_completed"), shanghai("2015-01-05T09:00:00")));

        for (int m = 1; m <= 12; m++) {
            submit("e-backlog", new Period(2015, m).toString());
        }

        assertThat(published()).isEmpty();
    }

    @Test
    void anIndicatorTheEntityDoesNotListIsNeverMissing() {
        sendReference(new ReportingEntity("e-other", "别的企业", EntityType.ENTERPRISE, "ta", List.of("energy_use"),
                shanghai("2015-10-05T09:00:00")));

        submit("e-other", "2015-10");

        assertThat(published()).isEmpty();
    }

    @Test
    void theClockFindsAnEntityThatNeverReportedThisYear() {
        ZonedDateTime now = ZonedDateTime.now(MissingReports.SHANGHAI);
        assumeTrue(MissingReportRule.lastDue(now, 15).year() == now.getYear(), "no month of this year is due yet");
        sendReference(new ReportingEntity("e-silent", "沉默企业", EntityType.ENTERPRISE, "tb",
                List.of("projects_completed"), shanghai("2001-01-01T00:00:00")));

        missingReports.checkAll();
        List<AlertEvent> first = published();
        missingReports.checkAll();

        assertThat(first).filteredOn(e -> "e-silent".equals(e.entityId())).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("no figure for " + new Period(now.getYear(), 1)));
        assertThat(published()).filteredOn(e -> "e-silent".equals(e.entityId())).isEmpty();
    }
}
