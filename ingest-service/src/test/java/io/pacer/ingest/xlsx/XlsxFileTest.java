package io.pacer.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import io.pacer.support.web.ApiProblemException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxFileTest {

    @Test
    void rowsComeWithTheirExcelNumberAndTheirCellsByKind() {
        XSSFWorkbook book = TestWorkbooks.sheet("s", List.of(List.of("text", 12.5, true), List.of(),
                Arrays.asList(null, "=1+1", "  ")));
        book.getSheet("s").createRow(5).createCell(3).setCellValue("row six");

        List<SheetRow> rows = read(TestWorkbooks.bytes(book), "s");

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 3, 6);
        assertThat(rows.get(0).cell(0)).isEqualTo(new Cell(Cell.Kind.TEXT, "text"));
        assertThat(rows.get(0).cell(1)).isEqualTo(new Cell(Cell.Kind.NUMBER, "12.5"));
        assertThat(rows.get(0).cell(2).kind()).isEqualTo(Cell.Kind.BOOLEAN);
        assertThat(rows.get(1).cell(1).kind()).isEqualTo(Cell.Kind.FORMULA_WITHOUT_RESULT);
        assertThat(rows.get(1).cells()).doesNotContainKey(2);
        assertThat(rows.get(2).text(3)).isEqualTo("row six");
    }

    @Test
    void aFormulasSavedResultIsItsValue() {
        XSSFWorkbook book = TestWorkbooks.sheet("s", List.of(List.of("=2*21")));
        book.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Cell cell = read(TestWorkbooks.bytes(book), "s").get(0).cell(0);

        assertThat(cell.number().value()).isEqualByComparingTo("42");
    }

    @Test
    void aZipBombIsRefusedWith413WhileInflating() {
        byte[] bomb = TestWorkbooks.zipBomb(64);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertProblem(() -> XlsxFile.open(bomb), 413, "as a zip bomb does");
    }

    @Test
    void aPartThatInflatesPastEightMegabytesIsRefusedWith413EvenWhenItCompressesLittle() {
        Random random = new Random(7);
        byte[] valid = TestWorkbooks.bytes(TestWorkbooks.sheet("s", List.of(List.of("x"))));
        byte[] big = TestWorkbooks.replacing(valid, TestWorkbooks.SHEET_ENTRY, out -> {
            byte[] digits = new byte[1024 * 1024];
            for (int i = 0; i < digits.length; i++) {
                digits[i] = (byte) ('0' + random.nextInt(10));
            }
            for (int k = 0; k < 9; k++) {
                out.write(digits); // deflate looks back 32 KB only: the repeats compress no better than the first
            }
        });

        assertProblem(() -> XlsxFile.open(big), 413, "inflates to more than 8 MB");
    }

    @Test
    void aSheetOfMoreThanTenThousandRowsIsRefusedWith413() {
        byte[] valid = TestWorkbooks.bytes(TestWorkbooks.sheet("s", List.of(List.of("x"))));
        byte[] body = TestWorkbooks.replacing(valid, TestWorkbooks.SHEET_ENTRY, out -> {
            StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>");
            IntStream.rangeClosed(1, XlsxFile.MAX_ROWS + 1)
                    .forEach(k -> xml.append("<row r=\"").append(k).append("\"><c><v>1</v></c></row>"));
            out.write(xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.US_ASCII));
        });

        try (XlsxFile file = XlsxFile.open(body)) {
            assertProblem(() -> file.read("s", row -> {
            }), 413, "more than 10000 rows");
        }
    }

    @Test
    void aLongStringRepeatedInManyCellsIsRefusedWith413OnceTheKeptTextPassesItsBound() {
        List<Object> sixteen = new ArrayList<>(java.util.Collections.nCopies(16, "长".repeat(4000)));
        byte[] body = TestWorkbooks.bytes(TestWorkbooks.sheet("s", java.util.Collections.nCopies(70, sixteen)));
        assertThat(body.length).as("one shared string, referenced 1,120 times").isLessThan(100_000);

        try (XlsxFile file = XlsxFile.open(body)) {
            assertProblem(() -> file.read("s", row -> {
            }), 413, "more than 4000000 characters");
        }
    }

    @Test
    void aPasswordProtectedWorkbookIs415() throws Exception {
        byte[] plain = TestWorkbooks.bytes(TestWorkbooks.sheet("s", List.of(List.of(1))));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain));
                    OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            fs.writeFilesystem(encrypted);
        }

        assertProblem(() -> XlsxFile.open(encrypted.toByteArray()), 415, "without a password");
    }

    @Test
    void somethingThatIsNotAZipIs415AndAZipThatIsNotAWorkbookIs422() {
        assertProblem(() -> XlsxFile.open("entity_id,period".getBytes(StandardCharsets.UTF_8)), 415, "not an xlsx");
        assertProblem(() -> XlsxFile.open(new byte[0]), 415, "empty");
        byte[] notAWorkbook = TestWorkbooks.replacing(TestWorkbooks.bytes(TestWorkbooks.sheet("s",
                List.of(List.of("x")))), "[Content_Types].xml", out -> out.write("<x/>".getBytes()));

        assertProblem(() -> XlsxFile.open(notAWorkbook), 422, "not an xlsx workbook");
    }

    @Test
    void aTruncatedZipIs415() {
        byte[] valid = TestWorkbooks.bytes(TestWorkbooks.sheet("s", List.of(List.of("x"))));

        assertProblem(() -> XlsxFile.open(Arrays.copyOf(valid, valid.length / 2)), 415, "not a readable xlsx");
    }

    static List<SheetRow> read(byte[] body, String sheet) {
        List<SheetRow> rows = new ArrayList<>();
        try (XlsxFile file = XlsxFile.open(body)) {
            file.read(sheet, rows::add);
        }
        return rows;
    }

    static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiProblemException.class, e -> {
            assertThat(e.status().value()).isEqualTo(status);
            assertThat(e.errors()).anySatisfy(issue -> assertThat(issue.message()).contains(message));
        });
    }
}
