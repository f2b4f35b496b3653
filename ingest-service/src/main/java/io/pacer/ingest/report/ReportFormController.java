package io.pacer.ingest.report;

import io.pacer.events.Period;
import io.pacer.ingest.Inputs;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/report/form?entityId=&period=}: the reporters' page fills its form from this. */
@RestController
class ReportFormController {

    private final ReportForms forms;

    ReportFormController(ReportForms forms) {
        this.forms = forms;
    }

    @GetMapping("/api/v1/report/form")
    ReportForm form(@RequestParam String entityId, @RequestParam(required = false) String period,
            @AuthenticationPrincipal PacerPrincipal principal) {
        return forms.form(entityId, period(period, forms), principal);
    }

    /** {@code text} as a period, or the default one when it is absent; 400 when it is not {@code YYYY-MM}. */
    static Period period(String text, ReportForms forms) {
        if (text == null || text.isEmpty()) {
            return forms.defaultPeriod();
        }
        if (!Period.isValid(text)) {
            throw ApiProblemException.badRequest("period", "must be YYYY-MM, was " + Inputs.quote(text));
        }
        return Period.parse(text);
    }
}
