package io.pacer.alert.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.FigureEvent;
import io.pacer.events.Ranks;

class AnalysisApiTest extends ServiceTest {

    private static final String MAY = "2013-05";

    @Autowired
    TargetBook targets;

    private static FigureEvent figure(String region, String ytd, double growth, double share, int rank, int change) {
        return new FigureEvent(region, "d1", "projects_completed", MAY, new BigDecimal(ytd), null, growth, share, 1,
                1, new Ranks(null, rank, null), new Ranks(null, change, null));
    }

    @BeforeEach
    void aMonthOfDistrictOne() {
        // ta: 1 of 12 by May is 33 points behind schedule and forecasts 2.4: RED twice
        targets.save(Target.of(2013, "ta", "projects_completed", new BigDecimal("12"), null, null, null, null));
        sendFigure(figure("gxq", "100", 59.2083, 50, 1, 2));
        sendFigure(figure("tb", "40", 12.05, 40, 2, 0));
        sendFigure(figure("ta", "1", -3.45, 10, 3, -2));
        published();
    }

    private ResultActions analysis(String path, String token, String... params) throws Exception {
        var request = get(path).header(HttpHeaders.AUTHORIZATION, bearer(token));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void theBulletinNamesLeadersRedRegionsAndRankChangesFromTheFiguresAndAlerts() throws Exception {
        analysis("/api/v1/analysis", STATISTICS, "parent", "d1", "period", MAY, "lang", "zh")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parent").value("d1"))
                .andExpect(jsonPath("$.period").value(MAY))
                .andExpect(jsonPath("$.lang").value("zh"))
                .andExpect(jsonPath("$.text", containsString("亿元以上项目竣工：增幅方面，高新区以59.2%居首；占比方面，"
                        + "高新区以50.0%居首。红灯预警：甲镇（进度滞后、预计完不成年度目标）。增幅排名变动：高新区上升2位，甲镇下降2位。")))
                .andExpect(jsonPath("$.facts[?(@.kind == 'growthLeader')].regionId").value("gxq"))
                .andExpect(jsonPath("$.facts[?(@.kind == 'growthLeader')].value").value(59.2083))
                .andExpect(jsonPath("$.facts[?(@.kind == 'shareLeader')].value").value(50)) // written plainly: 50, not 5E+1
                .andExpect(jsonPath("$.facts[?(@.kind == 'redAlert')].rule").value(
                        org.hamcrest.Matchers.contains("PROGRESS_LAG", "FORECAST_MISS")))
                .andExpect(jsonPath("$.facts[?(@.kind == 'rankChange' && @.regionId == 'ta')].value").value(-2));
    }

    @Test
    void inEnglishByNameAndChineseByDefault() throws Exception {
        analysis("/api/v1/analysis", OFFICIAL_D1, "parent", "d1", "period", MAY, "lang", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text", containsString("Projects completed: High-tech Zone leads growth at 59.2%")));
        analysis("/api/v1/analysis", STATISTICS, "parent", "d1", "period", MAY)
                .andExpect(jsonPath("$.lang").value("zh"));
    }

    @Test
    void theDocumentIsAWordFileWithTheTextAndTheBoard() throws Exception {
        byte[] docx = analysis("/api/v1/analysis.docx", STATISTICS, "parent", "d1", "period", MAY)
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        containsString("bulletin-d1-2013-05-zh.docx")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("一区2013年1–5月主要指标通报");
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).contains("高新区 59.2%");
            assertThat(doc.getTables().get(0).getRow(1).getCell(2).getText()).contains("甲镇 -3.5%");
        }
    }

    @Test
    void badParametersAndOtherRegionsAreProblems() throws Exception {
        analysis("/api/v1/analysis", STATISTICS, "parent", "d1", "period", "2012-13")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        analysis("/api/v1/analysis", STATISTICS, "parent", "d1", "period", MAY, "lang", "fr")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lang"));
        analysis("/api/v1/analysis.docx", STATISTICS, "period", MAY)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parent"));
        analysis("/api/v1/analysis", STATISTICS, "parent", "nowhere", "period", MAY)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("parent"));
        analysis("/api/v1/analysis.docx", OFFICIAL_ZONE, "parent", "d1", "period", MAY)
                .andExpect(status().isForbidden());
        analysis("/api/v1/analysis", REPORTER, "parent", "d1", "period", MAY).andExpect(status().isForbidden());
    }
}
