package io.pacer.ingest.submission;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.annotation.Timed;

import io.pacer.ingest.xlsx.Attachments;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/submissions/xlsx}: a filled-in template (or a sheet in the CSV layout), REPORTER only
 * (IngestSecurity), all or nothing, answered as the CSV endpoint is. When some cells are not numbers, the answer is
 * one 422 naming them together with every other rule the readable rows break, so the reporter fixes the sheet once.
 */
@RestController
class XlsxSubmissionController {

    private final SubmissionService service;
    private final SubmissionChecks checks;

    XlsxSubmissionController(SubmissionService service, SubmissionChecks checks) {
        this.service = service;
        this.checks = checks;
    }

    @PostMapping(path = "/api/v1/submissions/xlsx", consumes = { Attachments.XLSX_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Timed(value = "pacer.submission.requests", extraTags = { "kind", "xlsx" }, histogram = true)
    SubmissionController.ManyAccepted xlsx(@RequestBody(required = false) byte[] body,
            @AuthenticationPrincipal PacerPrincipal principal) {
        XlsxSubmissions.Parsed parsed;
        try (XlsxFile file = XlsxFile.open(body)) {
            parsed = XlsxSubmissions.read(file);
        }
        if (!parsed.issues().isEmpty()) {
            throw unreadableCells(parsed, principal);
        }
        var accepted = service.accept(parsed.items(), principal);
        return new SubmissionController.ManyAccepted(accepted.submissionIds(), accepted.acceptedAt(),
                accepted.warnings());
    }

    /** 403 for another reporter's entity, as the service would answer; else 422 with the rules' issues added. */
    private ApiProblemException unreadableCells(XlsxSubmissions.Parsed parsed, PacerPrincipal principal) {
        List<FieldIssue> forbidden = checks.forbidden(parsed.items(), principal);
        if (!forbidden.isEmpty()) {
            return new ApiProblemException(HttpStatus.FORBIDDEN, "Forbidden", forbidden);
        }
        List<FieldIssue> issues = new ArrayList<>(parsed.issues());
        issues.addAll(checks.violations(parsed.items().stream()
                .filter(item -> !item.submission().figures().isEmpty()).toList()));
        return ApiProblemException.unprocessable(issues);
    }
}
