package io.pacer.ingest.it;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad-input case over real HTTP: the status, a problem+json naming the field and reason, and nothing on the
 * ledger (a valid marker submission sent after all of them is the only new committed record on any partition). The table of outcomes is written to
 * target/BAD_INPUT.md and must match ingest-service/BAD_INPUT.md (regenerate with -Dpacer.writeBadInput=true).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT extends IngestITBase {

    record Case(String name, String method, String path, Function<Fixture, String> token, String contentType,
            byte[] body, int status, String field, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<String> TABLE = new ArrayList<>();
    private static final String FIG = "{\"indicator\":\"fiscal_revenue\",\"value\":1}";
    private static final String JSON = "application/json";

    static Case json(String name, String body, int status, String field, String message) {
        return new Case(name, "POST", "/api/v1/submissions", f -> f.e1, JSON, bytes(body), status, field, message);
    }

    static Case sub(String name, String period, String figures, int status, String field, String message) {
        return json(name, "{\"entityId\":\"e1\",\"period\":\"" + period + "\",\"figures\":[" + figures + "]}", status,
                field, message);
    }

    static Case csv(String name, String csv, int status, String field, String message) {
        return new Case(name, "POST", "/api/v1/submissions/csv", f -> f.e1, "text/csv", bytes(csv), status, field,
                message);
    }

    static final String HEADER = "entity_id,period,indicator,value,prior_year_value\n";

    static Stream<Case> cases() {
        return Stream.of(
                json("malformed JSON", "{\"entityId\":\"e1\",\"period\": }", 400, "period", "malformed JSON"),
                json("not JSON at all", "hello", 400, "body", "malformed JSON"),
                json("unknown field", "{\"entityId\":\"e1\",\"period\":\"2026-02\",\"colour\":\"red\",\"figures\":[" + FIG
                        + "]}", 400, "colour", "unknown field 'colour'"),
                sub("unknown field in a figure", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"valeu\":1}", 400,
                        "figures[0].valeu", "unknown field 'valeu'"),
                json("duplicate field", "{\"entityId\":\"e1\",\"entityId\":\"e2\",\"period\":\"2026-02\",\"figures\":["
                        + FIG + "]}", 400, "entityId", "appears more than once"),
                sub("duplicate field in a figure", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":1,\"value\":2}",
                        400, "figures[0].value", "appears more than once"),
                sub("value as a string", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":\"12\"}", 400,
                        "figures[0].value", "must be a number"),
                sub("value not numeric", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":\"abc\"}", 400,
                        "figures[0].value", "must be a number"),
                sub("value NaN", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":NaN}", 400, "figures[0].value",
                        "malformed JSON"),
                sub("value Infinity", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":-Infinity}", 400,
                        "figures[0].value", "malformed JSON"),
                sub("value missing", "2026-02", "{\"indicator\":\"fiscal_revenue\"}", 422, "figures[0].value",
                        "is required"),
                sub("value null", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":null}", 422,
                        "figures[0].value", "is required"),
                sub("value beyond 1e15", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":1.0000000000000001e15}",
                        422, "figures[0].value", "within ±1e15"),
                sub("value beyond -1e15", "2026-02", "{\"indicator\":\"net_migration\",\"value\":-2e15}", 422,
                        "figures[0].value", "within ±1e15"),
                sub("value 1e999999999", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":1e999999999}", 422,
                        "figures[0].value", "within ±1e15, was '1E+999999999'"),
                sub("value 1e-100000000", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":1e-100000000}", 422,
                        "figures[0].value", "at most 6 digits after the decimal point"),
                sub("value 0E-100000000", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":0E-100000000}", 422,
                        "figures[0].value", "at most 6 digits after the decimal point"),
                sub("value with seven decimals", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":1.0000001}",
                        422, "figures[0].value", "at most 6 digits after the decimal point"),
                sub("prior-year value with seven decimals", "2026-02",
                        "{\"indicator\":\"fiscal_revenue\",\"value\":1,\"priorYearValue\":0.0000001}", 422,
                        "figures[0].priorYearValue", "at most 6 digits after the decimal point"),
                sub("value of 1,001 digits", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":"
                        + "9".repeat(1001) + "}", 400, "figures[0]", "exceeds the maximum allowed (1000)"),
                sub("value of 1,000 digits", "2026-02", "{\"indicator\":\"fiscal_revenue\",\"value\":"
                        + "9".repeat(1000) + "}", 422, "figures[0].value", "within ±1e15"),
                sub("value with an exponent beyond any integer", "2026-02",
                        "{\"indicator\":\"fiscal_revenue\",\"value\":1e99999999999}", 400, "figures[0].value",
                        "its exponent is out of range"),
                json("entityId of 65 characters", "{\"entityId\":\"" + "e".repeat(65) + "\",\"period\":\"2026-02\","
                        + "\"figures\":[" + FIG + "]}", 422, "entityId", "must be at most 64 characters"),
                json("entityId with a control character", "{\"entityId\":\"e1\\u0007\",\"period\":\"2026-02\","
                        + "\"figures\":[" + FIG + "]}", 422, "entityId", "must not contain control characters"),
                sub("indicator code of 65 characters", "2026-02", "{\"indicator\":\"" + "i".repeat(65)
                        + "\",\"value\":1}", 422, "figures[0].indicator", "must be at most 64 characters"),
                json("note of 2,001 characters", "{\"entityId\":\"e1\",\"period\":\"2026-02\",\"figures\":[" + FIG
                        + "],\"note\":\"" + "n".repeat(2001) + "\"}", 422, "note", "must be at most 2000 characters"),
                sub("period of 100,000 characters", "2".repeat(100_000), FIG, 422, "period",
                        "was '" + "2".repeat(40) + "…' (100000 characters)"),
                sub("negative value of a non-negative indicator", "2026-02",
                        "{\"indicator\":\"fiscal_revenue\",\"value\":-3}", 422, "figures[0].value", "must not be negative"),
                sub("negative prior-year value", "2026-02",
                        "{\"indicator\":\"fiscal_revenue\",\"value\":3,\"priorYearValue\":-1}", 422,
                        "figures[0].priorYearValue", "must not be negative"),
                json("unknown entity", "{\"entityId\":\"e9\",\"period\":\"2026-02\",\"figures\":[" + FIG + "]}", 422,
                        "entityId", "unknown entity 'e9'"),
                json("entity missing", "{\"period\":\"2026-02\",\"figures\":[" + FIG + "]}", 422, "entityId",
                        "is required"),
                sub("unknown indicator", "2026-02", "{\"indicator\":\"gdp\",\"value\":1}", 422, "figures[0].indicator",
                        "unknown indicator 'gdp'"),
                new Case("indicator not assigned to the entity", "POST", "/api/v1/submissions", f -> f.e2, JSON,
                        bytes("{\"entityId\":\"e2\",\"period\":\"2026-02\",\"figures\":[{\"indicator\":\"industrial_va\","
                                + "\"value\":1}]}"), 422, "figures[0].indicator", "not assigned to entity 'e2'"),
                sub("same indicator twice", "2026-02", FIG + "," + FIG, 422, "figures[1].indicator",
                        "appears more than once"),
                sub("no figures", "2026-02", "", 422, "figures", "at least one figure"),
                sub("period not YYYY-MM", "2026-2", FIG, 422, "period", "must be YYYY-MM"),
                sub("period month 13", "2026-13", FIG, 422, "period", "must be YYYY-MM"),
                sub("period in the future", "2026-04", FIG, 422, "period", "is in the future"),
                sub("period older than the window", "2020-12", FIG, 422, "period",
                        "older than the accepted window, which starts at 2021-01"),
                json("period missing", "{\"entityId\":\"e1\",\"figures\":[" + FIG + "]}", 422, "period", "is required"),
                new Case("wrong content type", "POST", "/api/v1/submissions", f -> f.e1, "text/plain",
                        bytes("{}"), 415, "Content-Type", "must be one of [application/json]"),
                new Case("no content type", "POST", "/api/v1/submissions", f -> f.e1, null, bytes("{}"), 415,
                        "Content-Type", "must be one of"),
                new Case("no token", "POST", "/api/v1/submissions", f -> null, JSON, bytes("{}"), 401,
                        "Authorization", "a bearer token is required"),
                new Case("unknown token", "POST", "/api/v1/submissions", f -> "not-a-token", JSON, bytes("{}"), 401,
                        "Authorization", "unknown or revoked"),
                new Case("not a bearer header", "POST", "/api/v1/submissions", f -> "Basic ZTE6cHc=", JSON,
                        bytes("{}"), 401, "Authorization", "must be 'Bearer <token>'"),
                new Case("statistics office submits", "POST", "/api/v1/submissions", f -> f.admin, JSON,
                        bytes(Fixture.submission("e1", "2026-02", "fiscal_revenue", "1")), 403, "Authorization",
                        "may not"),
                new Case("official submits", "POST", "/api/v1/submissions", f -> f.officialD1, JSON,
                        bytes(Fixture.submission("e1", "2026-02", "fiscal_revenue", "1")), 403, "Authorization",
                        "may not"),
                new Case("reporter submits for another entity", "POST", "/api/v1/submissions", f -> f.e2, JSON,
                        bytes(Fixture.submission("e1", "2026-02", "fiscal_revenue", "1")), 403, "entityId",
                        "does not report for entity 'e1'"),
                new Case("batch: empty array", "POST", "/api/v1/submissions/batch", f -> f.e1, JSON, bytes("[]"),
                        422, "body", "at least one submission"),
                new Case("batch: an object, not an array", "POST", "/api/v1/submissions/batch", f -> f.e1, JSON,
                        bytes(Fixture.submission("e1", "2026-02", "fiscal_revenue", "1")), 400, "body",
                        "must be an array"),
                new Case("batch: one bad element of three", "POST", "/api/v1/submissions/batch", f -> f.e1, JSON,
                        bytes("[" + Fixture.submission("e1", "2026-01", "fiscal_revenue", "1") + ","
                                + Fixture.submission("e1", "2027-01", "fiscal_revenue", "1") + ","
                                + Fixture.submission("e1", "2026-02", "gdp", "1") + "]"), 422, "[1].period",
                        "is in the future"),
                new Case("batch: 1e999999999 in element 2", "POST", "/api/v1/submissions/batch", f -> f.e1, JSON,
                        bytes("[" + Fixture.submission("e1", "2026-01", "fiscal_revenue", "1") + ","
                                + Fixture.submission("e1", "2026-02", "fiscal_revenue", "1e999999999") + "]"), 422,
                        "[1].figures[0].value", "within ±1e15"),
                new Case("batch: unknown field in element 2", "POST", "/api/v1/submissions/batch", f -> f.e1, JSON,
                        bytes("[" + Fixture.submission("e1", "2026-01", "fiscal_revenue", "1") + ","
                                + "{\"entityId\":\"e1\",\"period\":\"2026-01\",\"x\":1}]"), 400, "[1].x",
                        "unknown field 'x'"),
                csv("CSV: wrong header", "entity,period,indicator,value\ne1,2026-02,fiscal_revenue,1\n", 400,
                        "line 1: header", "must be entity_id,period,indicator,value,prior_year_value"),
                csv("CSV: wrong column count", HEADER + "e1,2026-02,fiscal_revenue,1\n", 400, "line 2",
                        "has 4 columns; 5 expected"),
                csv("CSV: unparseable number", HEADER + "e1,2026-02,fiscal_revenue,1.2.3,\n", 400, "line 2: value",
                        "'1.2.3' is not a number"),
                csv("CSV: NaN", HEADER + "e1,2026-02,fiscal_revenue,NaN,\n", 400, "line 2: value",
                        "'NaN' is not a number"),
                csv("CSV: 1e999999999", HEADER + "e1,2026-02,fiscal_revenue,1e999999999,\n", 422, "line 2: value",
                        "within ±1e15, was '1E+999999999'"),
                csv("CSV: 0E-100000000 prior-year value", HEADER + "e1,2026-02,fiscal_revenue,1,0E-100000000\n", 422,
                        "line 2: prior_year_value", "at most 6 digits after the decimal point"),
                csv("CSV: cell of 257 characters", HEADER + "e1,2026-02,fiscal_revenue," + "1".repeat(257) + ",\n", 400,
                        "line 2: value", "is longer than 256 characters"),
                csv("CSV: cell of 4 MiB", HEADER + "e1,2026-02," + "x".repeat(4 << 20) + ",1,\n", 400,
                        "line 2: indicator", "is longer than 256 characters"),
                csv("CSV: entity_id of 65 characters", HEADER + "e".repeat(65) + ",2026-02,fiscal_revenue,1,\n", 422,
                        "line 2: entity_id", "must be at most 64 characters"),
                csv("CSV: a bad row among good ones", HEADER + "e1,2026-02,fiscal_revenue,1,\n"
                        + "e1,2026-02,gdp,2,\n", 422, "line 3: indicator", "unknown indicator 'gdp'"),
                csv("CSV: same indicator twice for one entity and period", HEADER + "e1,2026-02,fiscal_revenue,1,\n"
                        + "e1,2026-02,fiscal_revenue,2,\n", 422, "line 3: indicator", "appears more than once"),
                csv("CSV: header only", HEADER, 400, "body", "no data rows"),
                new Case("CSV: unknown charset", "POST", "/api/v1/submissions/csv", f -> f.e1,
                        "text/csv; charset=klingon", bytes(HEADER), 415, "Content-Type", "cannot be read (unknown charset?)"),
                new Case("CSV: GBK bytes declared as UTF-8", "POST", "/api/v1/submissions/csv", f -> f.e1,
                        "text/csv", (HEADER + "企业,2026-02,fiscal_revenue,1,\n").getBytes(Charset.forName("GBK")), 400,
                        "Content-Type", "not valid UTF-8"),
                new Case("history: another reporter's entity", "GET", "/api/v1/submissions?entityId=e1", f -> f.e2,
                        null, null, 403, "entityId", "does not report for entity 'e1'"),
                new Case("history: entityId missing", "GET", "/api/v1/submissions", f -> f.e1, null, null, 400,
                        "entityId", "is required"),
                new Case("history: bad period", "GET", "/api/v1/submissions?entityId=e1&period=March", f -> f.e1, null,
                        null, 400, "period", "must be YYYY-MM"),
                new Case("unknown path", "GET", "/api/v1/nothing-here", f -> f.e1, null, null, 404, "path",
                        "no such resource"),
                new Case("wrong method", "DELETE", "/api/v1/submissions", f -> f.e1, null, null, 405, "method",
                        "DELETE is not supported"),
                new Case("register write by a reporter", "PUT", "/api/v1/regions/t9", f -> f.e1, JSON,
                        bytes("{\"name\":\"镇\",\"parentId\":\"d1\",\"level\":\"TOWN\"}"), 403, "Authorization", "may not"),
                new Case("region under an unknown parent", "PUT", "/api/v1/regions/t9", f -> f.admin, JSON,
                        bytes("{\"name\":\"镇\",\"parentId\":\"d9\",\"level\":\"TOWN\"}"), 422, "parentId",
                        "unknown region 'd9'"),
                new Case("region level does not nest", "PUT", "/api/v1/regions/t9", f -> f.admin, JSON,
                        bytes("{\"name\":\"镇\",\"parentId\":\"c1\",\"level\":\"TOWN\"}"), 422, "parentId",
                        "cannot hang under c1"),
                new Case("region level not an enum value", "PUT", "/api/v1/regions/t9", f -> f.admin, JSON,
                        bytes("{\"name\":\"镇\",\"parentId\":\"d1\",\"level\":\"VILLAGE\"}"), 400, "level",
                        "must be one of [CITY, DISTRICT, TOWN]"),
                new Case("region id of 65 characters", "PUT", "/api/v1/regions/" + "t".repeat(65), f -> f.admin, JSON,
                        bytes("{\"name\":\"镇\",\"parentId\":\"d1\",\"level\":\"TOWN\"}"), 422, "id",
                        "must be at most 64 characters"),
                new Case("region parent id with a control character", "PUT", "/api/v1/regions/t9", f -> f.admin, JSON,
                        bytes("{\"name\":\"镇\",\"parentId\":\"d1\\n\",\"level\":\"TOWN\"}"), 422, "parentId",
                        "must not contain control characters"),
                new Case("indicator code of 65 characters", "PUT", "/api/v1/indicators/" + "i".repeat(65), f -> f.admin,
                        JSON, bytes("{\"name\":\"GDP\",\"unit\":\"亿元\",\"basis\":\"CUMULATIVE\"}"), 422, "code",
                        "must be at most 64 characters"),
                new Case("entity listing an indicator code of 65 characters", "PUT", "/api/v1/entities/e9",
                        f -> f.admin, JSON, bytes("{\"name\":\"企业\",\"type\":\"ENTERPRISE\",\"regionId\":\"t1\","
                                + "\"indicators\":[\"" + "i".repeat(65) + "\"]}"), 422, "indicators[0]",
                        "must be at most 64 characters"),
                new Case("reference document with an entity id of 65 characters", "POST", "/api/v1/reference",
                        f -> f.admin, JSON, bytes("{\"entities\":[{\"id\":\"" + "e".repeat(65) + "\",\"name\":\"企业\","
                                + "\"type\":\"ENTERPRISE\",\"regionId\":\"t1\",\"indicators\":[\"fiscal_revenue\"]}]}"),
                        422, "entities[0].id", "must be at most 64 characters"),
                new Case("token for an entity id of 65 characters", "POST", "/api/v1/tokens", f -> f.admin, JSON,
                        bytes("{\"role\":\"REPORTER\",\"entityIds\":[\"" + "e".repeat(65) + "\"]}"), 422,
                        "entityIds[0]", "must be at most 64 characters"),
                new Case("indicator code pattern", "PUT", "/api/v1/indicators/GDP", f -> f.admin, JSON,
                        bytes("{\"name\":\"GDP\",\"unit\":\"亿元\",\"basis\":\"CUMULATIVE\"}"), 422, "code",
                        "must match [a-z][a-z0-9_]{1,63}"),
                new Case("shareOf names no indicator", "PUT", "/api/v1/indicators/equipment_va", f -> f.admin, JSON,
                        bytes("{\"name\":\"装备\",\"unit\":\"万元\",\"basis\":\"CUMULATIVE\",\"shareOf\":\"gdp\"}"), 422,
                        "shareOf", "unknown indicator 'gdp'"),
                new Case("entity on a region with children", "PUT", "/api/v1/entities/e9", f -> f.admin, JSON,
                        bytes("{\"name\":\"企业\",\"type\":\"ENTERPRISE\",\"regionId\":\"d1\","
                                + "\"indicators\":[\"fiscal_revenue\"]}"), 422, "regionId", "entities hang only on leaf"),
                new Case("reporter token without entities", "POST", "/api/v1/tokens", f -> f.admin, JSON,
                        bytes("{\"role\":\"REPORTER\",\"entityIds\":[]}"), 422, "entityIds", "at least one entity"),
                new Case("revoking a malformed hash", "DELETE", "/api/v1/tokens/abc", f -> f.admin, null, null, 400,
                        "sha256", "64 lowercase hex"),
                new Case("revoking an unknown token", "DELETE", "/api/v1/tokens/" + "0".repeat(64), f -> f.admin, null,
                        null, 404, "sha256", "unknown token"));
    }

    /** The ledger as it was before the first bad request; set once. */
    private static LedgerReader since;

    private void markOnce() {
        if (since == null) {
            since = ledger();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Order(1)
    void badInputIsA4xxProblemNamingTheField(Case c) {
        markOnce();

        Http.Response response = http.send(c.method(), c.path(), c.token().apply(fixture), c.contentType(), c.body());

        assertProblem(response, c.status(), c.field(), c.message());
        row(c.name(), c.method() + " " + c.path(), response);
    }

    @Test
    @Order(1)
    void aBodyOverTheLimitIsRefusedFromContentLengthBeforeItIsRead() {
        markOnce();

        Http.Response response = Http.headOnly(port, "/api/v1/submissions", fixture.e1, 6L * 1024 * 1024);

        assertProblem(response, 413, "Content-Length", "at most 5242880 bytes");
        row("body over 5 MiB (Content-Length, no body sent)", "POST /api/v1/submissions", response);
    }

    @Test
    @Order(1)
    void aChunkedBodyThatGrowsPastTheLimitIs413() {
        markOnce();
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '[';

        Http.Response response = http.sendChunked("/api/v1/submissions/batch", fixture.e1, "application/json", big);

        assertProblem(response, 413, "body", "larger than 5242880 bytes");
        row("chunked body growing past 5 MiB", "POST /api/v1/submissions/batch", response);
    }

    /** Runs after every bad request: a valid submission sent now is the only new thing on the ledger. */
    @Test
    @Order(2)
    void noBadRequestPublishedAnything() {
        markOnce();
        Http.Response marker = http.postJson("/api/v1/submissions", fixture.e1,
                Fixture.submission("e1", "2025-09", "net_migration", "7"));
        assertThat(marker.status()).as(marker.body()).isEqualTo(202);
        String id = marker.json().get("submissionId").asString();
        assertThat(since.readAll(r -> r.submissionId().equals(id)))
                .allSatisfy(e -> assertThat(e.record().submissionId()).isEqualTo(id));
    }

    @Test
    @Order(3)
    void aRevokedTokenIs401() {
        String token = Fixture.token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"e2\"]}");
        LedgerReader ledger = ledger();
        Http.Response accepted = http.postJson("/api/v1/submissions", token, Fixture.submission("e2", "2026-01",
                "fiscal_revenue", "1"));
        assertThat(accepted.status()).isEqualTo(202);
        // Read past it: the commit's markers may reach the partition just after the 202, so a mark taken now could
        // still fall before the record.
        String acceptedId = accepted.json().get("submissionId").asString();
        ledger.readUntil(r -> r.submissionId().equals(acceptedId));
        String hash = io.pacer.support.security.TokenHashing.sha256Hex(token);
        assertThat(http.send("DELETE", "/api/v1/tokens/" + hash, fixture.admin, null, null).status()).isEqualTo(204);

        Http.Response response = http.postJson("/api/v1/submissions", token,
                Fixture.submission("e2", "2026-01", "fiscal_revenue", "2"));

        assertProblem(response, 401, "Authorization", "unknown or revoked");
        row("revoked token", "POST /api/v1/submissions", response);
        assertOnlyTheMarkerFollows(ledger);
    }

    /** Hostile numbers leave nothing behind: a good submission right after them is accepted and recorded exactly. */
    @Test
    @Order(4)
    void aGoodSubmissionIsAcceptedRightAfterHostileNumbers() {
        for (String hostile : List.of("1e999999999", "-1e999999999", "1e-100000000", "0E-100000000")) {
            Http.Response refused = http.postJson("/api/v1/submissions", fixture.e1,
                    Fixture.submission("e1", "2026-02", "net_migration", hostile));
            assertProblem(refused, 422, "figures[0].value", "must");
        }
        assertProblem(http.send("POST", "/api/v1/submissions/csv", fixture.e1, "text/csv",
                bytes(HEADER + "e1,2026-02,net_migration,1e999999999,\n")), 422, "line 2: value", "within ±1e15");
        LedgerReader ledger = ledger();

        Http.Response good = http.postJson("/api/v1/submissions", fixture.e1, "{\"entityId\":\"e1\",\"period\":\"2026-02\","
                + "\"figures\":[{\"indicator\":\"fiscal_revenue\",\"value\":1e15,\"priorYearValue\":0.000001},"
                + "{\"indicator\":\"net_migration\",\"value\":-1.5000000000}]}");

        assertThat(good.status()).as(good.body()).isEqualTo(202);
        String id = good.json().get("submissionId").asString();
        List<LedgerReader.Entry> recorded = ledger.readAll(r -> r.submissionId().equals(id) && r.indicator().equals(
                "net_migration"));
        assertThat(recorded).allSatisfy(e -> assertThat(e.record().submissionId()).isEqualTo(id));
        assertThat(recorded).extracting(e -> e.record().value()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1e15"), new BigDecimal("-1.5"));
        assertThat(recorded.get(0).record().priorYearValue()).isEqualByComparingTo("0.000001");
    }

    @AfterAll
    static void forgetMark() {
        since = null;
    }

    private static void assertProblem(Http.Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("errors")).as(response.body()).anySatisfy(error -> {
            assertThat(error.get("field").asString()).isEqualTo(field);
            assertThat(error.get("message").asString()).contains(message);
        });
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("io.pacer.");
    }

    /** A valid submission sent now must be the very next thing on the ledger. */
    private void assertOnlyTheMarkerFollows(LedgerReader ledger) {
        Http.Response marker = http.postJson("/api/v1/submissions", fixture.e1,
                Fixture.submission("e1", "2025-09", "net_migration", "7"));
        assertThat(marker.status()).as(marker.body()).isEqualTo(202);
        String id = marker.json().get("submissionId").asString();
        assertThat(ledger.readAll(r -> r.submissionId().equals(id)))
                .allSatisfy(e -> assertThat(e.record().submissionId()).isEqualTo(id));
    }

    private static void row(String name, String request, Http.Response response) {
        JsonNode error = response.json().get("errors").get(0);
        String more = response.json().get("errors").size() > 1
                ? " (+" + (response.json().get("errors").size() - 1) + " more)" : "";
        synchronized (TABLE) {
            TABLE.add("| " + name + " | `" + request + "` | " + response.status() + " | `" + error.get("field").asString()
                    + "` | " + error.get("message").asString().replace("|", "\\|") + more + " |");
        }
    }

    @AfterAll
    static void writeTable() throws Exception {
        List<String> rows = new ArrayList<>(TABLE);
        if (rows.size() < cases().count() + 3) {
            return; // only some cases ran (e.g. -Dit.test=BadInputIT#one): the table would be partial
        }
        rows.sort(String::compareTo);
        String table = "# ingest-service: bad input and its answer\n\n"
                + "Generated by `BadInputIT` (real HTTP against the service on an embedded Kafka broker; \"now\" is "
                + "2026-03-20 Asia/Shanghai). Every answer is `application/problem+json` with `errors[{field, message}]`;"
                + " for each case the test also proves that nothing reached `pacer.submissions`. The first error is "
                + "shown.\n\n| case | request | status | field | message |\n|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n\n" + rows.size() + " cases.\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "BAD_INPUT.md"), table, StandardCharsets.UTF_8);
        Path committed = Path.of("BAD_INPUT.md");
        if (Boolean.getBoolean("pacer.writeBadInput") || !Files.exists(committed)) {
            Files.writeString(committed, table, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("BAD_INPUT.md is stale: run with -Dpacer.writeBadInput=true").isEqualTo(table);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
