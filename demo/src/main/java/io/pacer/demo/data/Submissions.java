package io.pacer.demo.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.pacer.demo.data.Docs.EntityDoc;
import io.pacer.demo.data.Docs.FigureDoc;
import io.pacer.demo.data.Docs.SubmissionDoc;
import io.pacer.events.Period;

/**
 * A unit's monthly submissions, oldest first: one per month with every indicator it reports, each carrying last
 * year's same-period figure (上年同期) as {@code priorYearValue}.
 */
final class Submissions {

    /** The restated unit's prior-year figures grow by this factor once it has merged its subsidiary. */
    private static final BigDecimal RESTATEMENT = new BigDecimal("1.06");

    private final FigureGenerator figures;
    private final DemoCalendar calendar;

    Submissions(FigureGenerator figures, DemoCalendar calendar) {
        this.figures = figures;
        this.calendar = calendar;
    }

    List<SubmissionDoc> of(EntityDoc entity) {
        List<SubmissionDoc> submissions = new ArrayList<>();
        for (Period period : calendar.months()) {
            if (period.equals(calendar.last()) && DemoData.LATE_UNITS.contains(entity.id())) {
                continue;
            }
            List<FigureDoc> values = new ArrayList<>();
            boolean restated = isRestated(entity, period);
            for (String indicator : entity.indicators()) {
                BigDecimal prior = figures.ytd(entity, indicator, period.year() - 1, period.month());
                if (restated) {
                    prior = prior.multiply(RESTATEMENT).setScale(1, RoundingMode.HALF_UP);
                }
                values.add(new FigureDoc(indicator, figures.ytd(entity, indicator, period.year(), period.month()),
                        prior));
            }
            submissions.add(new SubmissionDoc(entity.id(), period.toString(), values, note(entity, period, restated)));
        }
        return submissions;
    }

    private boolean isRestated(EntityDoc entity, Period period) {
        return DemoData.RESTATED_UNIT.equals(entity.id()) && period.year() >= calendar.demoYear();
    }

    private String note(EntityDoc entity, Period period, boolean restated) {
        if (restated) {
            return "上年同期数按同口径重述（已并入子公司）";
        }
        return null;
    }
}
