package io.pacer.ingest.report;

import io.micrometer.core.annotation.Timed;

import io.pacer.ingest.xlsx.Attachments;
import io.pacer.support.security.PacerPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/templates/{entityId}.xlsx?period=}: the entity's month as an Excel template to fill in and send
 * to {@code POST /api/v1/submissions/xlsx}, for whoever may open the entity's form ({@link ReportForms}); the period
 * defaults to last month.
 */
@RestController
class TemplateController {

    private final ReportForms forms;

    TemplateController(ReportForms forms) {
        this.forms = forms;
    }

    @GetMapping("/api/v1/templates/{entityId}.xlsx")
    @Timed(value = "pacer.template.downloads", description = "Excel templates downloaded")
    ResponseEntity<byte[]> template(@PathVariable String entityId, @RequestParam(required = false) String period,
            @AuthenticationPrincipal PacerPrincipal principal) {
        ReportForm form = forms.form(entityId, ReportFormController.period(period, forms), principal);
        String base = form.entityId() + "-" + form.period();
        return Attachments.xlsx(TemplateWorkbook.of(form), base + ".xlsx",
                form.entityName() + "-" + base + "-报表.xlsx");
    }
}
