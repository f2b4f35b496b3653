package io.pacer.ingest.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.ingest.Inputs;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.springframework.http.HttpStatus;

/**
 * Reads {@code entity_id,period,indicator,value,prior_year_value} (UTF-8 with or without BOM, or the charset of the
 * Content-Type, e.g. GBK as Chinese Excel saves), decoding as it goes. Rows with the same (entity_id, period) form
 * one submission, in the order they first appear. Structural faults (header, column count, unparseable number) are
 * collected for every line and answered with 400; bad encoding, an unclosed quote or a cell over 256 characters
 * stop the reading at once with 400.
 */
final class CsvSubmissions {

    static final List<String> HEADER = List.of("entity_id", "period", "indicator", "value", "prior_year_value");

    /** A submission and the CSV line of each of its figures. */
    record Grouped(SubmissionRequest submission, List<Integer> lines) {
    }

    private CsvSubmissions() {
    }

    static List<Grouped> parse(byte[] body, Charset charset) {
        List<FieldIssue> issues = new ArrayList<>();
        Map<String, List<CsvRows.Row>> groups = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), decoder(charset))) {
            CsvRows rows = new CsvRows(reader, CsvSubmissions::field);
            CsvRows.Row header = rows.next();
            if (header == null || !header(header)) {
                throw ApiProblemException.badRequest("line 1: header", "must be " + String.join(",", HEADER)
                        + (header == null ? ", the file is empty" : ", was " + Inputs.quote(String.join(",", header.cells()))));
            }
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (row.cells().size() != HEADER.size()) {
                    issues.add(new FieldIssue("line " + row.number(), "has " + row.cells().size() + " columns; "
                            + HEADER.size() + " expected (" + String.join(",", HEADER) + ")"));
                    continue;
                }
                number(row, 3, issues);
                number(row, 4, issues);
                groups.computeIfAbsent(row.cells().get(0) + "\u0000" + row.cells().get(1), k -> new ArrayList<>())
                        .add(row);
            }
        }
        catch (CharacterCodingException e) {
            throw ApiProblemException.badRequest("Content-Type", "the body is not valid " + charset.name()
                    + "; send UTF-8, or name the charset (e.g. text/csv; charset=GBK)");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to read
        }
        if (!issues.isEmpty()) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "The CSV cannot be read", issues);
        }
        if (groups.isEmpty()) {
            throw ApiProblemException.badRequest("body", "the file has a header but no data rows");
        }
        return groups.values().stream().map(CsvSubmissions::group).toList();
    }

    /** The field of cell {@code index} of a line, as errors name it. */
    private static String field(int line, int index) {
        if (line == 1) {
            return "line 1: header";
        }
        return index < HEADER.size() ? "line " + line + ": " + HEADER.get(index) : "line " + line;
    }

    private static Grouped group(List<CsvRows.Row> rows) {
        List<SubmissionRequest.Figure> figures = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            List<String> cells = row.cells();
            figures.add(new SubmissionRequest.Figure(blankToNull(cells.get(2)), parse(cells.get(3)),
                    parse(cells.get(4))));
            lines.add(row.number());
        }
        List<String> first = rows.get(0).cells();
        return new Grouped(new SubmissionRequest(blankToNull(first.get(0)), blankToNull(first.get(1)), figures, null),
                lines);
    }

    private static boolean header(CsvRows.Row row) {
        String first = row.cells().get(0);
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(0, first.startsWith("\uFEFF") ? first.substring(1) : first);
        return cells.stream().map(String::toLowerCase).toList().equals(HEADER);
    }

    private static void number(CsvRows.Row row, int column, List<FieldIssue> issues) {
        String text = row.cells().get(column);
        if (!text.isEmpty() && parse(text) == null) {
            issues.add(new FieldIssue(field(row.number(), column), Inputs.quote(text) + " is not a number"));
        }
    }

    /** A plain decimal (1234.5, -3, 1e6); NaN, Infinity and thousands separators are not numbers. */
    private static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
