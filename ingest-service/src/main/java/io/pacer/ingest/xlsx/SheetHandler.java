package io.pacer.ingest.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.pacer.ingest.Inputs;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML as it streams, handing each row with a non-blank cell to the consumer: at most
 * {@link XlsxFile#MAX_ROWS} rows, {@link XlsxFile#MAX_CELLS} cells and {@link XlsxFile#MAX_CHARACTERS} characters
 * in the cells kept (413 past any, at once), the first {@link XlsxFile#MAX_COLUMNS} columns kept, a cell's text kept
 * to {@link Cell#MAX_LIST} + 1 characters. A formula's saved result is its value; formulas are never evaluated.
 */
final class SheetHandler extends DefaultHandler {

    /** Excel's last row. */
    private static final int MAX_ROW = 1_048_576;

    private final SharedStrings strings;
    private final Consumer<SheetRow> rows;
    private final StringBuilder text = new StringBuilder();
    private Map<Integer, Cell> cells = new LinkedHashMap<>();
    private int rowCount;
    private int cellCount;
    private long characters;
    private int rowNumber;
    private int column;
    private String type;
    private boolean formula;
    private boolean hasValue;
    private boolean capturing;
    private boolean inlineString;

    SheetHandler(SharedStrings strings, Consumer<SheetRow> rows) {
        this.strings = strings;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName.isEmpty() ? qName : localName) {
            case "row" -> {
                if (++rowCount > XlsxFile.MAX_ROWS) {
                    throw ZipScan.tooLarge("a sheet has more than " + XlsxFile.MAX_ROWS + " rows");
                }
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : number(r, MAX_ROW);
                cells = new LinkedHashMap<>();
                column = -1;
            }
            case "c" -> {
                if (++cellCount > XlsxFile.MAX_CELLS) {
                    throw ZipScan.tooLarge("a sheet has more than " + XlsxFile.MAX_CELLS + " cells");
                }
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : column(ref);
                type = attributes.getValue("t");
                formula = false;
                hasValue = false;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> capturing = true;
            case "is" -> inlineString = true;
            case "t" -> capturing = inlineString;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing) {
            text.append(ch, start, Math.min(length, Math.max(0, Cell.MAX_LIST + 1 - text.length())));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName.isEmpty() ? qName : localName) {
            case "v", "t" -> {
                hasValue |= capturing;
                capturing = false;
            }
            case "is" -> inlineString = false;
            case "c" -> {
                Cell cell = cell();
                if (column < XlsxFile.MAX_COLUMNS && cell != null && !cell.blank()) {
                    characters += cell.text().length();
                    if (characters > XlsxFile.MAX_CHARACTERS) {
                        throw ZipScan.tooLarge("a sheet holds more than " + XlsxFile.MAX_CHARACTERS
                                + " characters of text");
                    }
                    cells.put(column, cell);
                }
            }
            case "row" -> {
                if (!cells.isEmpty()) {
                    rows.accept(new SheetRow(rowNumber, Map.copyOf(cells)));
                }
            }
            default -> {
            }
        }
    }

    private Cell cell() {
        if (!hasValue) {
            return formula ? new Cell(Cell.Kind.FORMULA_WITHOUT_RESULT, "") : null;
        }
        String value = text.toString();
        return switch (type == null ? "n" : type) {
            case "s" -> new Cell(Cell.Kind.TEXT, shared(value));
            case "b" -> new Cell(Cell.Kind.BOOLEAN, value);
            case "e" -> new Cell(Cell.Kind.ERROR, value);
            case "n" -> new Cell(Cell.Kind.NUMBER, value);
            default -> new Cell(Cell.Kind.TEXT, value); // str (a formula's text), inlineStr, d (an ISO date)
        };
    }

    private String shared(String index) {
        int at = number(index.trim(), Integer.MAX_VALUE - 1);
        if (at >= strings.getCount()) {
            throw XlsxFile.unreadable("a cell names shared string " + at + ", which the file does not have");
        }
        return strings.getItemAt(at).getString();
    }

    /** A number in 0..max written in the sheet's XML (a row number, a shared string's index), or unreadable. */
    private static int number(String text, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= max) {
                return n;
            }
        }
        catch (NumberFormatException e) {
            // unreadable below
        }
        throw XlsxFile.unreadable("the sheet's XML holds " + Inputs.quote(text) + " where a number belongs");
    }

    /** The column index of a reference like {@code AB12}: letters A..XFD. */
    private static int column(String ref) {
        int index = 0;
        int letters = 0;
        while (letters < ref.length() && Character.isLetter(ref.charAt(letters))) {
            char c = Character.toUpperCase(ref.charAt(letters));
            if (c < 'A' || c > 'Z' || ++letters > 3) {
                throw XlsxFile.unreadable("the sheet's XML names a cell " + Inputs.quote(ref));
            }
            index = index * 26 + (c - 'A' + 1);
        }
        if (letters == 0) {
            throw XlsxFile.unreadable("the sheet's XML names a cell " + Inputs.quote(ref));
        }
        return index - 1;
    }
}
