package io.pacer.alert.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.reference.RegionScope;
import io.pacer.events.Indicator;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

/**
 * Year-end forecasts: {@code ?region=&indicator=&year=} for one region (404 without a figure that year), or
 * {@code ?parent=&year=[&indicator=]} for the parent's children that have figures. An official sees its regions'
 * subtrees: one region outside them is 403, children outside them are left out.
 */
@RestController
@RequestMapping("/api/v1/forecasts")
class ForecastController {

    private final Forecasts forecasts;
    private final ReferenceData reference;
    private final RegionScope scope;

    ForecastController(Forecasts forecasts, ReferenceData reference, RegionScope scope) {
        this.forecasts = forecasts;
        this.reference = reference;
        this.scope = scope;
    }

    @GetMapping(params = "!parent")
    ForecastView one(@RequestParam(required = false) String region, @RequestParam(required = false) String indicator,
            @RequestParam int year, @AuthenticationPrincipal PacerPrincipal principal) {
        checkYear(year);
        if (region == null || region.isBlank()) {
            throw ApiProblemException.badRequest("region", "region or parent is required");
        }
        if (indicator == null || indicator.isBlank()) {
            throw ApiProblemException.badRequest("indicator", "indicator is required with region");
        }
        reference.region(region).orElseThrow(() -> ApiProblemException.notFound("region", "no region " + region));
        Indicator known = known(indicator);
        scope.check(principal, region);
        return forecasts.of(region, indicator, known.basis(), year)
                .map(f -> ForecastView.of(region, indicator, year, f))
                .orElseThrow(() -> ApiProblemException.notFound("year",
                        "region " + region + " has no figure for " + indicator + " in " + year));
    }

    @GetMapping(params = "parent")
    List<ForecastView> children(@RequestParam String parent, @RequestParam(required = false) String region,
            @RequestParam(required = false) String indicator, @RequestParam int year,
            @AuthenticationPrincipal PacerPrincipal principal) {
        checkYear(year);
        if (region != null) {
            throw ApiProblemException.badRequest("region", "give either region or parent, not both");
        }
        reference.region(parent).orElseThrow(() -> ApiProblemException.notFound("parent", "no region " + parent));
        List<Indicator> indicators = indicator == null ? reference.indicators() : List.of(known(indicator));
        Set<String> visible = scope.visible(principal);
        if (visible != null && !visible.contains(parent) && reference.children(parent).stream()
                .noneMatch(r -> visible.contains(r.id()))) {
            throw ApiProblemException.forbidden("parent", "region " + parent + " is outside your regions");
        }
        List<ForecastView> found = new ArrayList<>();
        for (Indicator i : indicators) {
            forecasts.children(parent, i.code(), i.basis(), year).stream()
                    .filter(f -> visible == null || visible.contains(f.regionId()))
                    .forEach(f -> found.add(ForecastView.of(f.regionId(), f.indicator(), year, f.forecast())));
        }
        return found;
    }

    private Indicator known(String indicator) {
        return reference.indicator(indicator)
                .orElseThrow(() -> ApiProblemException.notFound("indicator", "no indicator " + indicator));
    }

    private static void checkYear(int year) {
        if (year < 1000 || year > 9999) {
            throw ApiProblemException.badRequest("year", "must be a four-digit year");
        }
    }
}
