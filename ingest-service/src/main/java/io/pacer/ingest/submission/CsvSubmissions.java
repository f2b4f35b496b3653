package io.pacer.ingest.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;

/**
 * Reads {@code entity_id,period,indicator,value,prior_year_value} (UTF-8 with or without BOM, or the charset of the
 * Content-Type, e.g. GBK as Chinese Excel saves). Rows with the same (entity_id, period) form one submission, in
 * the order they first appear. Structural faults (header, column count, unparseable number, bad encoding) are
 * collected for every line and answered with 400.
 */
final class CsvSubmissions {

    static final List<String> HEADER = List.of("entity_id", "period", "indicator", "value", "prior_year_value");

    /** A submission and the CSV line of each of its figures. */
    record Grouped(SubmissionRequest submission, List<Integer> lines) {
    }

    private CsvSubmissions() {
    }

    static List<Grouped> parse(byte[] body, Charset charset) {
        String text = decode(body, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<FieldIssue> issues = new ArrayList<>();
        Map<String, List<CSVRecord>> groups = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setTrim(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty() || !header(records.get(0))) {
                throw ApiProblemException.badRequest("line 1: header", "must be " + String.join(",", HEADER)
                        + (records.isEmpty() ? ", the file is empty" : ", was " + String.join(",", records.get(0).toList())));
            }
            for (CSVRecord row : records.subList(1, records.size())) {
                if (row.size() != HEADER.size()) {
                    issues.add(new FieldIssue("line " + row.getRecordNumber(), "has " + row.size() + " columns; "
                            + HEADER.size() + " expected (" + String.join(",", HEADER) + ")"));
                    continue;
                }
                number(row, 3, issues);
                number(row, 4, issues);
                groups.computeIfAbsent(row.get(0) + "\u0000" + row.get(1), k -> new ArrayList<>()).add(row);
            }
        }
        catch (IOException | UncheckedIOException e) {
            throw ApiProblemException.badRequest("body", "is not valid CSV: " + e.getMessage());
        }
        if (!issues.isEmpty()) {
            throw new ApiProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, "The CSV cannot be read",
                    issues);
        }
        if (groups.isEmpty()) {
            throw ApiProblemException.badRequest("body", "the file has a header but no data rows");
        }
        return groups.values().stream().map(CsvSubmissions::group).toList();
    }

    private static Grouped group(List<CSVRecord> rows) {
        List<SubmissionRequest.Figure> figures = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CSVRecord row : rows) {
            figures.add(new SubmissionRequest.Figure(blankToNull(row.get(2)), parse(row.get(3)), parse(row.get(4))));
            lines.add((int) row.getRecordNumber());
        }
        CSVRecord first = rows.get(0);
        return new Grouped(new SubmissionRequest(blankToNull(first.get(0)), blankToNull(first.get(1)), figures, null),
                lines);
    }

    private static boolean header(CSVRecord row) {
        return row.size() == HEADER.size() && row.toList().stream().map(s -> s.trim().toLowerCase()).toList()
                .equals(HEADER);
    }

    private static void number(CSVRecord row, int column, List<FieldIssue> issues) {
        String text = row.get(column);
        if (!text.isEmpty() && parse(text) == null) {
            issues.add(new FieldIssue("line " + row.getRecordNumber() + ": " + HEADER.get(column),
                    "'" + text + "' is not a number"));
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

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        }
        catch (CharacterCodingException e) {
            throw ApiProblemException.badRequest("Content-Type", "the body is not valid " + charset.name()
                    + "; send UTF-8, or name the charset (e.g. text/csv; charset=GBK)");
        }
    }
}
