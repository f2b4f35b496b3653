package io.pacer.ingest.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A workbook as a download: the xlsx media type and a Content-Disposition that keeps a Chinese file name. */
public final class Attachments {

    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    private Attachments() {
    }

    /** The workbook written out (and closed) as an attachment named {@code name} ({@code ascii} for old clients). */
    public static ResponseEntity<byte[]> xlsx(Workbook book, String ascii, String name) {
        try (book; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            book.write(bytes);
            return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, disposition(ascii, name))
                    .body(bytes.toByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ASCII {@code filename} for old clients and the exact name as RFC 5987 {@code filename*}. */
    public static String disposition(String ascii, String name) {
        ascii = ascii.replaceAll("[^A-Za-z0-9._-]", "_");
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
