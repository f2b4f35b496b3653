package io.pacer.alert.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import io.pacer.events.Period;

class BulletinDocxTest {

    private static XWPFDocument written(BulletinTexts texts, String parent, List<Findings> findings)
            throws IOException {
        Bulletin bulletin = texts.write(parent, new Period(2026, 5), findings);
        return new XWPFDocument(new ByteArrayInputStream(BulletinDocx.write(bulletin, texts)));
    }

    @Test
    void holdsTheTitleAndEveryParagraphOfTheText() throws IOException {
        Bulletin bulletin = Bulletins.zh().write("一区", new Period(2026, 5), List.of(Bulletins.revenue()));

        try (XWPFDocument doc = written(Bulletins.zh(), "一区", List.of(Bulletins.revenue()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            assertThat(paragraphs.get(0)).isEqualTo(bulletin.title());
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(paragraphs).containsSubsequence(bulletin.paragraphs()).contains("红黑榜（按同比增幅）");
        }
    }

    @Test
    void theBoardListsTheTopAndBottomThreeByGrowthPerIndicator() throws IOException {
        try (XWPFDocument doc = written(Bulletins.zh(), "一区", List.of(Bulletins.revenue()))) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable board = doc.getTables().get(0);

            assertThat(board.getRows()).hasSize(2);
            assertThat(board.getRow(0).getCell(1).getText()).isEqualTo("红榜（前三）");
            assertThat(board.getRow(1).getCell(0).getText()).isEqualTo("财政收入");
            assertThat(board.getRow(1).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("高新区 59.2%", "乙镇 12.1%", "丙镇 3.0%");
            assertThat(board.getRow(1).getCell(2).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("丙镇 3.0%", "丁镇 -1.3%", "甲镇 -3.5%");
        }
    }

    @Test
    void inEnglishAndWithoutFiguresThereIsNoBoard() throws IOException {
        try (XWPFDocument doc = written(Bulletins.en(), "District 1", List.of())) {
            assertThat(doc.getTables()).isEmpty();
            assertThat(doc.getParagraphs().get(1).getText()).startsWith("No figures have been reported");
        }
        try (XWPFDocument doc = written(Bulletins.en(), "District 1", List.of(Bulletins.revenue()))) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(2).getText()).isEqualTo("Bottom three");
        }
    }
}
