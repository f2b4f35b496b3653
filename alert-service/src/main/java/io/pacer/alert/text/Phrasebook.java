package io.pacer.alert.text;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.Severity;

/** The words of one language: one method per rule, and the pieces every text shares. */
interface Phrasebook {

    String colon();

    String progressLag(AlertEvent e, Labels l, boolean firing);

    String growthLag(AlertEvent e, Labels l, boolean firing);

    String rankBottom(AlertEvent e, Labels l, boolean firing);

    String rankDrop(AlertEvent e, Labels l);

    String missingReport(AlertEvent e, boolean firing);

    /** FORECAST_MISS: {@code progressPct} is the attainment so far, {@code expectedPct} the forecast's at year end. */
    String forecastMiss(AlertEvent e, Labels l, boolean firing);
    /** SIGN_TO_PILE: the days since the project was signed with no pile yet (the project is in the subject). */
    String signToPile(AlertEvent e, boolean firing);

    /** The clause an ESCALATED transition adds: the due date passed with the alert still firing. */
    String escalated(String dueDate);

    /** The closing light: yellow, red, or resolved. */
    String closing(Severity severity, boolean resolved);

    String ruleName(AlertRule rule);

    String lightName(Severity severity, boolean resolved);

    String escalationMark();
}
