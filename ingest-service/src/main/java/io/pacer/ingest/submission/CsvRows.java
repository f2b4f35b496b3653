package io.pacer.ingest.submission;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import io.pacer.support.web.ApiProblemException;

/**
 * The rows of a CSV file (RFC 4180: comma-separated, {@code "} quotes with {@code ""} for a quote inside, CRLF or LF;
 * cells trimmed, empty lines skipped), read a character at a time so that a cell is refused the moment it grows past
 * {@link #MAX_CELL} characters: a general parser collects the whole cell first, which for a hostile file is the whole
 * body. Rows are numbered from 1 (the header); the number is the line's unless a quoted cell spans lines or an empty
 * line was skipped.
 */
final class CsvRows {

    static final int MAX_CELL = 256;

    record Row(int number, List<String> cells) {
    }

    /** Names the column of cell {@code index} in an error's field, e.g. {@code line 5: value}. */
    interface Columns {
        String field(int line, int index);
    }

    private final Reader in;
    private final Columns columns;
    private final char[] buffer = new char[8192];
    private int length;
    private int position;
    private int rows;

    CsvRows(Reader in, Columns columns) {
        this.in = in;
        this.columns = columns;
    }

    /** The next row, or {@code null} at the end of the file. */
    Row next() throws IOException {
        int c = read();
        while (c == '\n' || c == '\r') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        position--;
        rows++;
        return new Row(rows, cells());
    }

    private List<String> cells() throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int c = read();; c = read()) {
            if (quoted) {
                if (c == -1) {
                    throw ApiProblemException.badRequest(columns.field(rows, cells.size()),
                            "a quoted cell is not closed before the end of the file");
                }
                if (c == '"' && peek() == '"') {
                    position++;
                }
                else if (c == '"') {
                    quoted = false;
                    continue;
                }
                append(cell, (char) c, cells.size());
            }
            else if (c == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            }
            else if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    position++;
                }
                cells.add(cell.toString().trim());
                return cells;
            }
            else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            }
            else {
                append(cell, (char) c, cells.size());
            }
        }
    }

    private void append(StringBuilder cell, char c, int index) {
        if (cell.length() >= MAX_CELL) {
            throw ApiProblemException.badRequest(columns.field(rows, index),
                    "is longer than " + MAX_CELL + " characters");
        }
        cell.append(c);
    }

    private int peek() throws IOException {
        int c = read();
        if (c != -1) {
            position--;
        }
        return c;
    }

    private int read() throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
