package io.pacer.aggregate.ranking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import io.micrometer.core.annotation.Timed;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/rankings/export: the very ranking that GET /api/v1/rankings answers (read through the same
 * {@link RankingQuery}, so parameters, validation, errors and access rules are the same), as CSV or xlsx.
 */
@RestController
class RankingExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RankingQuery rankings;
    private final ReferenceBook book;

    RankingExportController(RankingQuery rankings, ReferenceBook book) {
        this.rankings = rankings;
        this.book = book;
    }

    @GetMapping("/api/v1/rankings/export")
    @Timed(value = "pacer.aggregate.ranking.exports", description = "ranking exports")
    ResponseEntity<byte[]> export(@RequestParam String parent, @RequestParam String indicator,
            @RequestParam String period, @RequestParam(defaultValue = "value") String by,
            @RequestParam(defaultValue = "csv") String format, @AuthenticationPrincipal PacerPrincipal principal) {
        boolean csv = "csv".equals(format);
        if (!csv && !"xlsx".equals(format)) {
            throw ApiProblemException.badRequest("format", "format must be csv or xlsx, was " + format);
        }
        Views.Ranking ranking = rankings.ranking(parent, indicator, period, by, principal);
        Region region = book.region(parent);
        Indicator about = book.indicator(indicator);
        ExportTable table = ExportTable.of(ranking, Objects.requireNonNullElse(region.name(), parent),
                Objects.requireNonNullElse(about.name(), indicator), about.unit());
        byte[] body = csv ? CsvExport.write(table) : XlsxExport.write(table);
        return ResponseEntity.ok().contentType(csv ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(ExportTable.baseName(ranking) + "." + format))
                .body(body);
    }

    /** An ASCII filename for old clients and the exact one as RFC 5987 filename* (ids may be Chinese). */
    static String attachment(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
