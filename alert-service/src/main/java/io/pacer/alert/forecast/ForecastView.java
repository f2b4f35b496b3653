package io.pacer.alert.forecast;

import java.math.BigDecimal;

import io.pacer.alert.rule.Forecast;
import io.pacer.alert.rule.ForecastMethod;

/** A forecast as {@code GET /api/v1/forecasts} shows it; {@code month} is the month m it was made at (1–12). */
record ForecastView(String regionId, String indicator, int year, int month, BigDecimal ytd, BigDecimal forecast,
        ForecastMethod method, BigDecimal annualTarget, BigDecimal attainmentPct) {

    static ForecastView of(String regionId, String indicator, int year, Forecast f) {
        return new ForecastView(regionId, indicator, year, f.month().month(), f.ytd(), f.forecast(), f.method(),
                f.annualTarget(), f.attainmentPct());
    }
}
