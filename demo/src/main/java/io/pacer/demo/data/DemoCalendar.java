package io.pacer.demo.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.pacer.events.Period;

/**
 * The months the demo covers. The demo year D is the year of the month two months before today (so February of D
 * has passed); data run from January of D−1 to the last complete month.
 */
public record DemoCalendar(int demoYear, Period first, Period last) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static DemoCalendar today() {
        return of(LocalDate.now(ZONE));
    }

    public static DemoCalendar of(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        int demoYear = now.minusMonths(2).getYear();
        return new DemoCalendar(demoYear, new Period(demoYear - 1, 1), Period.of(now.minusMonths(1)));
    }

    /** The period that carries the source speech's January–February figures. */
    public Period zoneMonth() {
        return new Period(demoYear, 2);
    }

    /** The latest month of D that has data: where the alert rules of D's targets are evaluated. */
    public int latestMonthOfDemoYear() {
        return last.year() == demoYear ? last.month() : 12;
    }

    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            months.add(p);
        }
        return months;
    }
}
