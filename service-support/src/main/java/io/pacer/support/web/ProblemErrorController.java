package io.pacer.support.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's whitelabel/JSON error page: errors raised outside Spring MVC (the container, a filter) are
 * problem+json too, with the status only and no exception text.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String message = status.is5xxServerError() ? "the server could not handle this request"
                : status.getReasonPhrase().toLowerCase() + (uri == null ? "" : ": " + uri);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(status, status.getReasonPhrase(),
                        List.of(new FieldIssue(status == HttpStatus.NOT_FOUND ? "path" : null, message))));
    }
}
