package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.PacerJson;
import io.pacer.events.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

/** The ranking exports over HTTP, compared with the JSON ranking, on the same context as the other ITs. */
class RankingExportIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static String p;
    private static String statistics;
    private static String officialD2;

    @LocalServerPort
    int port;

    /** D1: T1 +50 % (100 → 150), T2 +10 % (200 → 220), T3 registered but silent. */
    @BeforeEach
    void publishTheLedger() {
        synchronized (RankingExportIT.class) {
            if (p != null) {
                return;
            }
            p = "x" + UUID.randomUUID().toString().substring(0, 6);
            try (Ledger ledger = ledger()) {
                ledger.city(p);
                ledger.indicator(p + "rev", Basis.CUMULATIVE, Better.HIGHER, null);
                ledger.entity(p + "e1", p + "T1", p + "rev");
                ledger.entity(p + "e2", p + "T2", p + "rev");
                ledger.entity(p + "e3", p + "T3", p + "rev");
                statistics = ledger.token(Role.STATISTICS, List.of(), List.of());
                officialD2 = ledger.token(Role.OFFICIAL, List.of(), List.of(p + "D2"));
                ledger.figure(p + "e1", p + "T1", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-01", "150.25", "100");
                ledger.figure(p + "e2", p + "T2", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-01", "220", "200");
            }
        }
    }

    private HttpResponse<byte[]> get(String query, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + query)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(String format) {
        return "parent=" + p + "D1&indicator=" + p + "rev&period=2026-01&by=growth" + format;
    }

    /** The JSON ranking once both towns' figures are in (T1's share then counts T2). */
    private JsonNode awaitRanked() {
        AtomicReference<JsonNode> ranked = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode ranking = PacerJson.mapper().readTree(get("/api/v1/rankings?" + query(""), statistics).body());
            assertThat(ranking.get("rows")).hasSize(3);
            assertThat(ranking.get("rows").get(1).get("rank").asInt()).isEqualTo(2);
            assertThat(ranking.get("rows").get(0).get("sharePct").asDouble()).isLessThan(50);
            ranked.set(ranking);
        });
        return ranked.get();
    }

    /** regionId|rank|rankChange|ytd|priorYtd|growth to 1 decimal|reported|expected, from the JSON ranking. */
    private static List<String> expectedRows(JsonNode ranking) {
        List<String> rows = new ArrayList<>();
        for (JsonNode r : ranking.get("rows")) {
            rows.add(String.join("|", r.get("regionId").asString(), text(r.get("rank")), text(r.get("rankChange")),
                    decimal(r.get("ytd")), decimal(r.get("priorYtd")), percent(r.get("growthPct")),
                    r.get("reported").asString(), r.get("expected").asString()));
        }
        return rows;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asString();
    }

    private static String decimal(JsonNode n) {
        return n == null || n.isNull() ? "" : n.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static String percent(JsonNode n) {
        return n == null || n.isNull() ? ""
                : BigDecimal.valueOf(n.asDouble()).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theCsvExportIsTheJsonRankingWithABomAndBilingualHeaders() throws Exception {
        JsonNode ranking = awaitRanked();
        HttpResponse<byte[]> csv = get("/api/v1/rankings/export?" + query("&format=csv"), statistics);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename=\"ranking-" + p + "D1-" + p + "rev-2026-01-growth.csv\"");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        System.out.println("CSV EXPORT (first lines):\n" + text);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("排名 Rank,排名变化 Rank change,地区代码 Region ID,"
                + "地区 Region,本年累计 YTD (万元),上年同期 Prior YTD (万元),同比增幅% Growth %,占比% Share %,"
                + "已报 Reported,应报 Expected");
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("1,,%sT1,镇T1,150.25,100,50.3,40.6,1,1".formatted(p));
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            rows.add(String.join("|", r.get(2), r.get(0), r.get(1), r.get(4), r.get(5), r.get(6), r.get(8),
                    r.get(9)));
        }
        assertThat(rows).isEqualTo(expectedRows(ranking));
    }

    @Test
    void theXlsxExportParsesWithTheSameRowsAsTheJsonRanking() throws Exception {
        JsonNode ranking = awaitRanked();
        HttpResponse<byte[]> xlsx = get("/api/v1/rankings/export?" + query("&format=xlsx"), statistics);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx\"");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("一区 · " + p + "rev (万元) · 2026-01 · 按增幅排名 by growth");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("排名 Rank");
            List<String> rows = new ArrayList<>();
            for (int i = 2; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                rows.add(String.join("|", r.getCell(2).getStringCellValue(), number(r.getCell(0)),
                        number(r.getCell(1)), number(r.getCell(4)), number(r.getCell(5)), percent(r.getCell(6)),
                        number(r.getCell(8)), number(r.getCell(9))));
            }
            assertThat(rows).isEqualTo(expectedRows(ranking));
            assertThat(sheet.getRow(2).getCell(4).getCellType()).as("numbers are numeric cells")
                    .isEqualTo(CellType.NUMERIC);
        }
    }

    /** The stored percentage (already rounded to 1 decimal) written as the CSV writes it. */
    private static String percent(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK ? ""
                : BigDecimal.valueOf(cell.getNumericCellValue()).setScale(1, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String number(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest(name = "{0} with {1} → {2} on {3}")
    @CsvSource(delimiter = '|', textBlock = """
            statistics | parent=@D1&indicator=@rev&period=2026-01&by=value&format=pdf      | 400 | format
            statistics | parent=@D1&indicator=@rev&period=2026-13&by=value&format=csv      | 400 | period
            statistics | parent=@D1&indicator=@rev&period=2026-01&by=size&format=xlsx      | 400 | by
            statistics | parent=@nowhere&indicator=@rev&period=2026-01&format=csv          | 404 | parent
            statistics | parent=@D1&indicator=@nothing&period=2026-01&format=xlsx         | 404 | indicator
            official   | parent=@D1&indicator=@rev&period=2026-01&format=csv              | 403 | parent
            none       | parent=@D1&indicator=@rev&period=2026-01&format=csv              | 401 |
            """)
    void aRefusedExportIsTheSameProblemAsForTheJsonRanking(String who, String query, int status, String field) {
        String token = switch (who) {
            case "statistics" -> statistics;
            case "official" -> officialD2;
            default -> null;
        };
        // the registers and tokens reach the service on several partitions: wait for them rather than race them
        await().atMost(WAIT).until(() -> get("/api/v1/rankings?" + query(""), statistics).statusCode() == 200);
        await().atMost(WAIT).untilAsserted(() -> {
            HttpResponse<byte[]> a = get("/api/v1/rankings/export?" + query.replace("@", p), token);
            assertThat(a.statusCode()).isEqualTo(status);
            assertThat(a.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            if (field != null) {
                JsonNode problem = PacerJson.mapper().readTree(a.body());
                assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
            }
        });
    }
}
