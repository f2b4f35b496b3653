package io.pacer.aggregate.it;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Role;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.support.security.TokenHashing;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes straight onto the topics what ingest-service would: registers, tokens and ledger records. Each test
 * uses its own region ids (a prefix), so tests sharing the broker never see each other's figures.
 */
final class Ledger implements AutoCloseable {

    static final Instant AT = Instant.parse("2026-03-05T08:00:00Z");

    private final KafkaProducer<String, byte[]> producer;

    Ledger(String brokers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** City {p}C; districts {p}D1 (towns {p}T1..T3) and {p}D2 (town {p}T4). */
    void city(String p) {
        reference(new Region(p + "C", "市", "City", null, RegionLevel.CITY));
        reference(new Region(p + "D1", "一区", "District 1", p + "C", RegionLevel.DISTRICT));
        reference(new Region(p + "D2", "二区", "District 2", p + "C", RegionLevel.DISTRICT));
        for (String t : List.of("T1", "T2", "T3")) {
            reference(new Region(p + t, "镇" + t, "Town " + t, p + "D1", RegionLevel.TOWN));
        }
        reference(new Region(p + "T4", "镇T4", "Town T4", p + "D2", RegionLevel.TOWN));
    }

    void indicator(String code, Basis basis, Better better, String shareOf) {
        reference(new Indicator(code, code, code, "万元", basis, better, shareOf, true));
    }

    void entity(String id, String region, String... indicators) {
        reference(new ReportingEntity(id, id, EntityType.ENTERPRISE, region, List.of(indicators), AT));
    }

    /** Publishes a token record and returns the raw token. */
    String token(Role role, List<String> entityIds, List<String> regionIds) {
        String raw = "t-" + UUID.randomUUID();
        reference(new TokenRecord(TokenHashing.sha256Hex(raw), role, entityIds, regionIds, false, AT));
        return raw;
    }

    void reference(Object record) {
        send(Topics.REFERENCE, ReferenceKeys.of(record), PacerJson.write(record));
    }

    String figure(String entity, String region, String parent, String indicator, Basis basis, String period,
            String value, String prior) {
        return figure(entity, region, parent, indicator, basis, period, value, prior, false);
    }

    /** A ledger record that says whether it was accepted after the period's deadline. */
    String figure(String entity, String region, String parent, String indicator, Basis basis, String period,
            String value, String prior, boolean late) {
        String id = "sub-" + UUID.randomUUID();
        SubmissionRecord record = new SubmissionRecord(id, entity, region, parent, indicator, basis, period,
                new BigDecimal(value), prior == null ? null : new BigDecimal(prior), AT, List.of(), late);
        send(Topics.SUBMISSIONS, parent, PacerJson.write(record));
        return id;
    }

    void raw(String topic, String key, String text) {
        send(topic, key, text.getBytes(StandardCharsets.UTF_8));
    }

    void raw(String topic, String key, byte[] bytes) {
        send(topic, key, bytes);
    }

    private void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
