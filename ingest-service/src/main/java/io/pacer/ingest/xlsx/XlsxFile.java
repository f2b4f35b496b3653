package io.pacer.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.springframework.http.HttpStatus;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An uploaded xlsx, opened only after the checks a hostile file needs: the body is at most
 * {@code pacer.web.max-body-size} (413 from its Content-Length before it is read); it must start as a zip (an
 * Excel 97-2003 file or a password-protected workbook, both OLE2 containers, and anything else are 415); every zip
 * entry is inflated and counted first ({@link ZipScan}, 413); only then does POI open it, with its own zip-bomb and
 * byte-array limits set to the same bounds. Sheets are read streaming ({@link SheetHandler}), never as a whole
 * workbook. POI failing on what passed the checks is 422.
 */
public final class XlsxFile implements AutoCloseable {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_CELLS = 200_000;
    public static final int MAX_COLUMNS = 16;
    /** The text a sheet's kept cells may hold in all: what a caller may keep in memory. */
    public static final long MAX_CHARACTERS = 4_000_000;

    static {
        ZipSecureFile.setMaxEntrySize(ZipScan.MAX_ENTRY);
        ZipSecureFile.setMinInflateRatio(1.0 / ZipScan.MAX_RATIO);
        ZipSecureFile.setMaxFileCount(ZipScan.MAX_ENTRIES);
        IOUtils.setByteArrayMaxOverride((int) ZipScan.MAX_ENTRY + 1024);
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;

    private XlsxFile(OPCPackage pkg) throws Exception {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
    }

    /** The workbook in {@code body}, or the 413/415/422 that says why it cannot be read. */
    public static XlsxFile open(byte[] body) {
        if (body == null || body.length == 0) {
            throw ZipScan.notXlsx("the body is empty; send the xlsx file");
        }
        if (startsWith(body, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ZipScan.notXlsx("the file is an Excel 97-2003 workbook (.xls) or is protected by a password; "
                    + "save it as an Excel Workbook (.xlsx) without a password");
        }
        if (!startsWith(body, 'P', 'K', 3, 4)) {
            throw ZipScan.notXlsx("the body is not an xlsx file (an xlsx is a zip archive starting with PK)");
        }
        ZipScan.check(body);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(body));
            return new XlsxFile(pkg);
        }
        catch (ApiProblemException e) {
            throw e;
        }
        catch (Exception e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw unreadable("the file is a zip archive but not an xlsx workbook POI can read: save it from Excel "
                    + "as an Excel Workbook (.xlsx)");
        }
    }

    /** The sheets' names in workbook order. */
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        }
        catch (Exception e) {
            throw unreadable("the workbook's list of sheets cannot be read");
        }
    }

    /** Hands each row of the named sheet holding a non-blank cell to {@code rows}, in file order. */
    public void read(String sheet, Consumer<SheetRow> rows) {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    if (sheets.getSheetName().equals(sheet)) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new SheetHandler(strings, rows));
                        parser.parse(new InputSource(xml));
                        return;
                    }
                }
            }
        }
        catch (SAXException e) {
            if (e.getException() instanceof ApiProblemException problem) {
                throw problem;
            }
            throw unreadable("sheet " + io.pacer.ingest.Inputs.quote(sheet) + " is not well-formed XML");
        }
        catch (ApiProblemException e) {
            throw e;
        }
        catch (Exception e) {
            throw unreadable("sheet " + io.pacer.ingest.Inputs.quote(sheet) + " cannot be read");
        }
        throw new IllegalArgumentException("no sheet " + sheet);
    }

    @Override
    public void close() {
        pkg.revert(); // read only: nothing is written back
    }

    static ApiProblemException unreadable(String why) {
        return new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "The workbook cannot be read",
                List.of(new FieldIssue("body", why)));
    }

    private static boolean startsWith(byte[] body, int... magic) {
        if (body.length < magic.length) {
            return false;
        }
        for (int k = 0; k < magic.length; k++) {
            if ((body[k] & 0xFF) != magic[k]) {
                return false;
            }
        }
        return true;
    }
}
