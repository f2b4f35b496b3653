package io.pacer.alert.text;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.TransitionKind;

/**
 * The texts people read about an alert, in Chinese or English, written from its fields and the names of its
 * region, indicator and reporting unit (never their codes): the message ("高新区 · 亿元以上项目竣工：1–10月累计
 * 8 个，完成年度目标 66.7%，低于序时进度 83.3%（黄灯）") and the one-line summary (subject lines, titles).
 */
public final class AlertTexts {

    private static final Phrasebook ZH = new ZhPhrases();
    private static final Phrasebook EN = new EnPhrases();

    private AlertTexts() {
    }

    public static String message(AlertEvent e, Labels labels, Lang lang) {
        Phrasebook words = words(lang);
        boolean resolved = e.state() == AlertState.RESOLVED;
        boolean firing = !resolved;
        String body = switch (e.rule()) {
            case PROGRESS_LAG -> words.progressLag(e, labels, firing);
            case GROWTH_LAG -> words.growthLag(e, labels, firing);
            case RANK_BOTTOM -> words.rankBottom(e, labels, firing);
            case RANK_DROP -> words.rankDrop(e, labels);
            case MISSING_REPORT -> words.missingReport(e, firing);
            case FORECAST_MISS -> words.forecastMiss(e, labels, firing);
            case SIGN_TO_PILE -> words.signToPile(e, firing);
            default -> e.message() == null ? "" : e.message();
        };
        if (e.transition() == TransitionKind.ESCALATED) {
            body += words.escalated(e.dueDate());
        }
        return subject(e, labels) + words.colon() + body + words.closing(e.severity(), resolved);
    }

    /** "升级 · 黄灯 · 高新区 · 亿元以上项目竣工 · 进度滞后" (the mark only on an escalation). */
    public static String summary(AlertEvent e, Labels labels, Lang lang) {
        Phrasebook words = words(lang);
        String light = words.lightName(e.severity(), e.state() == AlertState.RESOLVED);
        String mark = e.transition() == TransitionKind.ESCALATED ? words.escalationMark() + " · " : "";
        return mark + light + " · " + subject(e, labels) + " · " + words.ruleName(e.rule());
    }

    /** The rule's name people read, e.g. "进度滞后" / "Behind schedule". */
    public static String ruleName(AlertRule rule, Lang lang) {
        return words(lang).ruleName(rule);
    }

    private static String subject(AlertEvent e, Labels labels) {
        return labels.region() + " · " + labels.indicator() + (e.entityId() == null ? "" : " · " + labels.entity())
                + (e.projectId() == null ? "" : " · " + (e.projectName() == null ? e.projectId() : e.projectName()));
    }

    private static Phrasebook words(Lang lang) {
        return lang == Lang.EN ? EN : ZH;
    }
}
