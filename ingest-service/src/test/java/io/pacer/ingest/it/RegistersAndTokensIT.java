package io.pacer.ingest.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.support.security.TokenHashing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Registers and tokens: validated, kept in MongoDB, and every change published to the compacted pacer.reference. */
class RegistersAndTokensIT extends IngestITBase {

    @Autowired
    @Qualifier("referenceKafkaTemplate")
    KafkaTemplate<String, byte[]> otherInstance;

    private Optional<ConsumerRecord<String, byte[]>> latest(String key) {
        try (LedgerReader reference = new LedgerReader(brokers, Topics.REFERENCE)) {
            List<ConsumerRecord<String, byte[]>> all = reference.readAllRaw(Duration.ofSeconds(2));
            return all.stream().filter(r -> key.equals(r.key())).reduce((a, b) -> b);
        }
    }

    @Test
    void aRegionIsValidatedStoredAndPublishedUnderItsKey() {
        Http.Response put = http.putJson("/api/v1/regions/t3", fixture.admin,
                "{\"name\":\"西湖镇\",\"nameEn\":\"West Lake Town\",\"parentId\":\"d1\",\"level\":\"TOWN\"}");

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode read = http.get("/api/v1/regions/t3", fixture.e1).json();
        assertThat(read.get("name").asString()).isEqualTo("西湖镇");
        assertThat(read.get("parentId").asString()).isEqualTo("d1");
        assertThat(http.get("/api/v1/regions", fixture.officialD1).json()).extracting(n -> n.get("id").asString())
                .contains("c1", "d1", "t1", "t2", "t3");
        Region published = PacerJson.read(latest("region:t3").orElseThrow().value(), Region.class);
        assertThat(published).isEqualTo(new Region("t3", "西湖镇", "West Lake Town", "d1", RegionLevel.TOWN));
    }

    @Test
    void anIndicatorAndAnEntityKeepTheirRulesAndTheEntityItsRegistrationTime() {
        assertThat(http.putJson("/api/v1/indicators/equipment_va", fixture.admin, "{\"name\":\"装备制造业增加值\","
                + "\"unit\":\"万元\",\"basis\":\"CUMULATIVE\",\"shareOf\":\"industrial_va\"}").status()).isEqualTo(200);
        JsonNode indicator = http.get("/api/v1/indicators/equipment_va", fixture.e1).json();
        assertThat(indicator.get("better").asString()).isEqualTo("HIGHER");
        assertThat(indicator.get("nonNegative").asBoolean()).isTrue();

        Http.Response entity = http.putJson("/api/v1/entities/e5", fixture.admin, "{\"name\":\"装备公司\","
                + "\"type\":\"ENTERPRISE\",\"regionId\":\"t2\",\"indicators\":[\"equipment_va\",\"industrial_va\"]}");

        assertThat(entity.status()).as(entity.body()).isEqualTo(200);
        assertThat(entity.json().get("registeredAt").asString()).isEqualTo("2026-03-20T02:00:00Z");
        assertThat(http.get("/api/v1/entities", fixture.admin).json()).extracting(n -> n.get("id").asString())
                .contains("e1", "e2", "e5");
        assertThat(latest("entity:e5")).isPresent();
    }

    @Test
    void aBulkDocumentWithOneBadRecordAppliesNothing() {
        Http.Response response = http.postJson("/api/v1/reference", fixture.admin, "{\"regions\":[{\"id\":\"t7\","
                + "\"name\":\"七镇\",\"parentId\":\"d1\",\"level\":\"TOWN\"}],\"entities\":[{\"id\":\"e7\",\"name\":\"七厂\","
                + "\"type\":\"ENTERPRISE\",\"regionId\":\"t7\",\"indicators\":[\"nope\"]}]}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("entities[0].indicators[0]");
        assertThat(http.get("/api/v1/regions/t7", fixture.admin).status()).isEqualTo(404);
        assertThat(latest("region:t7")).isEmpty();
    }

    @Test
    void aBulkDocumentMayReferToItsOwnRecords() {
        Http.Response response = http.postJson("/api/v1/reference", fixture.admin, "{\"regions\":[{\"id\":\"t8\","
                + "\"name\":\"八镇\",\"parentId\":\"d1\",\"level\":\"TOWN\"}],\"indicators\":[{\"code\":\"sei_va\","
                + "\"name\":\"战新产业增加值\",\"unit\":\"万元\",\"basis\":\"CUMULATIVE\",\"shareOf\":\"industrial_va\"}],"
                + "\"entities\":[{\"id\":\"e8\",\"name\":\"八厂\",\"type\":\"ENTERPRISE\",\"regionId\":\"t8\","
                + "\"indicators\":[\"sei_va\"]}]}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/entities/e8", fixture.e1).json().get("regionId").asString()).isEqualTo("t8");
    }

    @Test
    void aTokenIsShownOnceKeptOnlyAsItsHashAndRevocationIsPublished() {
        Http.Response created = http.postJson("/api/v1/tokens", fixture.admin,
                "{\"role\":\"OFFICIAL\",\"regionIds\":[\"d1\"]}");
        String token = created.json().get("token").asString();
        String hash = created.json().get("sha256").asString();
        assertThat(hash).isEqualTo(TokenHashing.sha256Hex(token));
        assertThat(http.get("/api/v1/regions", token).status()).isEqualTo(200);

        assertThat(http.send("DELETE", "/api/v1/tokens/" + hash, fixture.admin, null, null).status()).isEqualTo(204);

        assertThat(http.get("/api/v1/regions", token).status()).isEqualTo(401);
        TokenRecord published = PacerJson.read(latest("token:" + hash).orElseThrow().value(), TokenRecord.class);
        assertThat(published.role()).isEqualTo(Role.OFFICIAL);
        assertThat(published.regionIds()).containsExactly("d1");
        assertThat(published.revoked()).isTrue();
        try (LedgerReader reference = new LedgerReader(brokers, Topics.REFERENCE)) {
            assertThat(reference.readAllRaw(Duration.ofSeconds(2))).noneMatch(
                    r -> new String(r.value(), StandardCharsets.UTF_8).contains(token));
        }
    }

    @Test
    void theBootstrapTokenIsPublishedSoOtherServicesAcceptItAndCannotBeRevokedHere() {
        String hash = TokenHashing.sha256Hex(ADMIN);
        TokenRecord admin = PacerJson.read(latest("token:" + hash).orElseThrow().value(), TokenRecord.class);
        assertThat(admin.role()).isEqualTo(Role.STATISTICS);
        assertThat(admin.bootstrap()).isTrue();
        assertThat(http.send("DELETE", "/api/v1/tokens/" + hash, fixture.admin, null, null).status()).isEqualTo(409);
    }

    @Test
    void whatAnotherInstancePublishesOnTheTopicIsSeenHere() throws Exception {
        String raw = "token-made-by-another-instance";
        TokenRecord token = new TokenRecord(TokenHashing.sha256Hex(raw), Role.REPORTER, List.of("e2"), List.of(), false,
                NOW);
        Region region = new Region("t9", "九镇", "Ninth Town", "d1", RegionLevel.TOWN);
        otherInstance.send(Topics.REFERENCE, "token:" + token.sha256(), PacerJson.write(token)).get();
        otherInstance.send(Topics.REFERENCE, "region:t9", PacerJson.write(region)).get();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(http.get("/api/v1/regions/t9", fixture.admin).status()).isEqualTo(200);
            assertThat(http.postJson("/api/v1/submissions", raw,
                    Fixture.submission("e2", "2026-03", "fiscal_revenue", "3")).status()).isEqualTo(202);
        });
    }
}
