package io.pacer.ingest.project;

import java.time.LocalDate;
import java.util.List;

import io.pacer.events.ProjectRecord;
import io.pacer.ingest.Inputs;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project register: {@code PUT|GET|DELETE /api/v1/projects/{id}} and {@code GET /api/v1/projects?region=&year=}.
 * A list holds the projects the caller may read ({@link ProjectAccess}), by id; {@code region} keeps those in that
 * region's subtree, {@code year} those whose span overlaps the year: signed on or before its December 31 and not
 * completed before its January 1 (so: signed in it, or still open in it, or completed in it).
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final ProjectService service;
    private final ProjectBook book;
    private final ProjectAccess access;

    ProjectController(ProjectService service, ProjectBook book, ProjectAccess access) {
        this.service = service;
        this.book = book;
        this.access = access;
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProjectView> put(@PathVariable String id, @RequestBody ProjectRequest body,
            @AuthenticationPrincipal PacerPrincipal principal) {
        if (body == null) {
            throw ApiProblemException.badRequest("body", "is required");
        }
        ProjectService.Saved saved = service.put(id, body, principal);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.project());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal PacerPrincipal principal) {
        service.delete(id, principal);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    ProjectView get(@PathVariable String id, @AuthenticationPrincipal PacerPrincipal principal) {
        service.ready();
        ProjectRecord p = book.get(id).orElseThrow(() -> ApiProblemException.notFound("id",
                "unknown project " + Inputs.quote(id)));
        if (!access.canRead(principal, p.regionId())) {
            throw ApiProblemException.forbidden("id", "project " + Inputs.quote(id)
                    + " is outside the regions this token may read");
        }
        return ProjectView.of(p, service.today());
    }

    @GetMapping
    List<ProjectView> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) String year, @AuthenticationPrincipal PacerPrincipal principal) {
        service.ready();
        if (region != null && (Inputs.idProblem(region) != null || !access.regionExists(region))) {
            throw ApiProblemException.notFound("region", "unknown region " + Inputs.quote(region));
        }
        Integer y = year == null ? null : year(year);
        LocalDate today = service.today();
        return book.all().stream()
                .filter(p -> access.canRead(principal, p.regionId()))
                .filter(p -> region == null || access.inSubtree(p.regionId(), region))
                .filter(p -> y == null || overlaps(p, y))
                .map(p -> ProjectView.of(p, today)).toList();
    }

    static boolean overlaps(ProjectRecord p, int year) {
        return p.signedOn().getYear() <= year && (p.completedOn() == null || p.completedOn().getYear() >= year);
    }

    private static int year(String text) {
        if (!text.matches("\\d{4}")) {
            throw ApiProblemException.badRequest("year", "must be a year such as 2026, was " + Inputs.quote(text));
        }
        return Integer.parseInt(text);
    }
}
