package io.pacer.alert.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A bulletin as a Word document (Apache POI XWPF): the title, the paragraphs, then the 红黑榜, a table with one
 * row per indicator holding the top three and the bottom three by growth, one region a line.
 */
final class BulletinDocx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final int BOARD_SIZE = 3;

    private BulletinDocx() {
    }

    static byte[] write(Bulletin bulletin, BulletinTexts texts) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(bulletin.title());
            for (String paragraph : bulletin.paragraphs()) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            if (!bulletin.findings().isEmpty()) {
                XWPFRun heading = doc.createParagraph().createRun();
                heading.setBold(true);
                heading.setText(texts.boardTitle());
                board(doc, bulletin.findings(), texts);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a document in memory failed", e);
        }
    }

    private static void board(XWPFDocument doc, List<Findings> findings, BulletinTexts texts) {
        List<String> header = texts.boardHeader();
        XWPFTable table = doc.createTable(findings.size() + 1, header.size());
        table.setWidth("100%");
        for (int c = 0; c < header.size(); c++) {
            table.getRow(0).getCell(c).setText(header.get(c));
        }
        for (int r = 0; r < findings.size(); r++) {
            Findings f = findings.get(r);
            table.getRow(r + 1).getCell(0).setText(texts.indicatorName(f.indicator()));
            lines(table.getRow(r + 1).getCell(1), f.top(BOARD_SIZE), texts);
            lines(table.getRow(r + 1).getCell(2), f.bottom(BOARD_SIZE), texts);
        }
    }

    private static void lines(XWPFTableCell cell, List<Findings.Mark> marks, BulletinTexts texts) {
        for (int i = 0; i < marks.size(); i++) {
            XWPFParagraph line = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            line.createRun().setText(texts.entry(marks.get(i)));
        }
    }
}
