package io.pacer.ingest.submission;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.annotation.Timed;

import io.pacer.events.Warning;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Submissions: single, batch and CSV (REPORTER only, see IngestSecurity), and the history of an entity. */
@RestController
@RequestMapping("/api/v1/submissions")
class SubmissionController {

    record SingleAccepted(String submissionId, Instant acceptedAt, List<Warning> warnings) {
    }

    record ManyAccepted(List<String> submissionIds, Instant acceptedAt, List<Warning> warnings) {
    }

    private final SubmissionService service;
    private final HistoryAccess history;

    SubmissionController(SubmissionService service, HistoryAccess history) {
        this.service = service;
        this.history = history;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Timed(value = "pacer.submission.requests", extraTags = { "kind", "single" }, histogram = true)
    SingleAccepted submit(@RequestBody SubmissionRequest body, @AuthenticationPrincipal PacerPrincipal principal) {
        if (body == null) {
            throw ApiProblemException.badRequest("body", "is required");
        }
        var accepted = service.accept(List.of(new SubmissionService.Located(body, Locator.json(""))), principal);
        return new SingleAccepted(accepted.submissionIds().get(0), accepted.acceptedAt(), accepted.warnings());
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Timed(value = "pacer.submission.requests", extraTags = { "kind", "batch" }, histogram = true)
    ManyAccepted batch(@RequestBody List<SubmissionRequest> body, @AuthenticationPrincipal PacerPrincipal principal) {
        if (body == null || body.isEmpty()) {
            throw ApiProblemException.unprocessable(List.of(new FieldIssue("body",
                    "must be a JSON array holding at least one submission")));
        }
        List<SubmissionService.Located> items = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            if (body.get(k) == null) {
                throw ApiProblemException.unprocessable(List.of(new FieldIssue("[" + k + "]", "must be a submission")));
            }
            items.add(new SubmissionService.Located(body.get(k), Locator.json("[" + k + "].")));
        }
        var accepted = service.accept(items, principal);
        return new ManyAccepted(accepted.submissionIds(), accepted.acceptedAt(), accepted.warnings());
    }

    @PostMapping(path = "/csv", consumes = "text/csv")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Timed(value = "pacer.submission.requests", extraTags = { "kind", "csv" }, histogram = true)
    ManyAccepted csv(@RequestBody(required = false) byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @AuthenticationPrincipal PacerPrincipal principal) {
        List<SubmissionService.Located> items = CsvSubmissions.parse(body == null ? new byte[0] : body,
                        charset(contentType)).stream()
                .map(g -> new SubmissionService.Located(g.submission(), Locator.csv(g.lines()))).toList();
        var accepted = service.accept(items, principal);
        return new ManyAccepted(accepted.submissionIds(), accepted.acceptedAt(), accepted.warnings());
    }

    @GetMapping
    List<Map<String, Object>> history(@RequestParam String entityId, @RequestParam(required = false) String period,
            @AuthenticationPrincipal PacerPrincipal principal) {
        return history.of(entityId, period, principal);
    }

    private static Charset charset(String contentType) {
        try {
            Charset charset = MediaType.parseMediaType(contentType).getCharset();
            return charset == null ? StandardCharsets.UTF_8 : charset;
        }
        catch (RuntimeException e) {
            throw ApiProblemException.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
                    "unknown charset in '" + contentType + "'; use UTF-8 or GBK");
        }
    }
}
