package io.pacer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@link MonitoringIT}'s load: a district of two towns (ids prefixed "mon"), a submission of each kind (single,
 * batch, CSV), the ranking read and exported, a template downloaded, a PROGRESS_LAG notified to a webhook and one
 * unreadable record on pacer.submissions; then a scrape of each service.
 */
final class MonitoringLoad {

    private static final String IND = "mon_revenue";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private MonitoringLoad() {
    }

    static Map<String, Scrape> run(Stack stack) throws Exception {
        String admin = stack.adminToken;
        registerDistrict(stack, admin);
        String reporter = Http.send("POST", stack.ingest() + "/api/v1/tokens", admin,
                Map.of("role", "REPORTER", "entityIds", List.of("mon-t1-a", "mon-t2-a"))).expect(200, 201).json()
                .get("token").asString();
        Http.send("POST", stack.ingest() + "/api/v1/submissions", reporter,
                submission("mon-t1-a", "2026-02", "300", "200")).expect(202);
        Http.send("POST", stack.ingest() + "/api/v1/submissions/batch", reporter,
                List.of(submission("mon-t2-a", "2026-01", "100", "90"))).expect(202);
        byte[] csv = ("entity_id,period,indicator,value,prior_year_value\nmon-t2-a,2026-02," + IND + ",500,400\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(raw("POST", stack.ingest() + "/api/v1/submissions/csv", reporter, "text/csv", csv)).isEqualTo(202);

        String ranking = stack.aggregate() + "/api/v1/rankings?parent=mond&indicator=" + IND + "&period=2026-02";
        Http.await("both towns ranked", Duration.ofSeconds(60), () -> {
            Http.Answer a = Http.send("GET", ranking, admin, null);
            if (a.status() != 200 || a.json().get("rows").size() != 2) {
                return null;
            }
            for (var row : a.json().get("rows")) {
                if (row.path("reported").asInt() != 1) {
                    return null;
                }
            }
            return a;
        });
        assertThat(raw("GET", stack.aggregate() + "/api/v1/rankings/export?parent=mond&indicator=" + IND
                + "&period=2026-02&format=csv", admin, null, null)).isEqualTo(200);
        assertThat(raw("GET", stack.ingest() + "/api/v1/templates/mon-t1-a.xlsx?period=2026-03", reporter, null,
                null)).isEqualTo(200);

        notifyAnAlert(stack, admin);
        sendUnreadableLedgerRecord(stack);

        // every service that reads the ledger dead-letters the record; the scrape waits (a while) for all three
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Scrape> result = scrapeAll(stack);
        while (!result.values().stream().allMatch(MonitoringLoad::countedTheDeadLetter)
                && System.nanoTime() < deadline) {
            Http.sleep(1000);
            result = scrapeAll(stack);
        }
        for (Scrape s : result.values()) {
            System.out.printf("monitoring: %s, consumer lag and dead letters:%n", s.service());
            s.samples().stream().filter(l -> l.startsWith("spring_cloud_stream_binder_kafka_offset")
                    || l.startsWith("pacer_dead_letters_total"))
                    .forEach(l -> System.out.println("monitoring:     " + l));
        }
        return result;
    }

    private static Map<String, Scrape> scrapeAll(Stack stack) {
        Map<String, Scrape> result = new LinkedHashMap<>();
        for (String service : List.of("ingest", "aggregate", "alert")) {
            result.put(service, Scrape.of(service, "http://127.0.0.1:" + stack.ports.get(service)));
        }
        return result;
    }

    static boolean countedTheDeadLetter(Scrape scrape) {
        return scrape.sum("pacer_dead_letters_total", "topic=\"pacer.submissions.dlq\"") > 0;
    }

    /** A PROGRESS_LAG (300 of 6000 at February, LINEAR: 11.67 points behind) delivered to a webhook. */
    private static void notifyAnAlert(Stack stack, String admin) throws IOException {
        try (WebhookReceiver hook = new WebhookReceiver()) {
            Map<String, Object> subscription = new LinkedHashMap<>();
            subscription.put("regionIds", List.of("mond"));
            subscription.put("indicators", List.of(IND));
            subscription.put("rules", List.of("PROGRESS_LAG"));
            subscription.put("minSeverity", "YELLOW");
            subscription.put("channel", "webhook");
            subscription.put("address", hook.url());
            Http.await("subscription accepted", Duration.ofSeconds(60), () -> {
                Http.Answer a = Http.send("POST", stack.alert() + "/api/v1/subscriptions", admin, subscription);
                return a.status() == 401 ? null : a.expect(200, 201);
            });
            Http.send("PUT", stack.alert() + "/api/v1/targets/2026/mont1/" + IND, admin,
                    Map.of("annualTarget", 6000, "curve", "LINEAR")).expect(200, 201, 202);
            Http.await("the webhook's FIRING post", Duration.ofSeconds(60),
                    () -> hook.withStatus("firing").isEmpty() ? null : hook.all());
        }
    }

    private static void sendUnreadableLedgerRecord(Stack stack) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("pacer.submissions", "mon-poison".getBytes(StandardCharsets.UTF_8),
                    "{not a ledger record".getBytes(StandardCharsets.UTF_8))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send the unreadable record", e);
        }
    }

    private static void registerDistrict(Stack stack, String admin) {
        List<Map<String, Object>> regions = List.of(PipelineIT.region("monc", "监测市", "Monitor City", null, "CITY"),
                PipelineIT.region("mond", "监测区", "Monitor District", "monc", "DISTRICT"),
                PipelineIT.region("mont1", "监测镇一", "Monitor Town 1", "mond", "TOWN"),
                PipelineIT.region("mont2", "监测镇二", "Monitor Town 2", "mond", "TOWN"));
        Map<String, Object> indicator = Map.of("code", IND, "name", "营业收入", "nameEn", "Revenue", "unit", "万元",
                "basis", "CUMULATIVE", "better", "HIGHER", "nonNegative", true);
        List<Map<String, Object>> entities = List.of(
                Map.of("id", "mon-t1-a", "name", "企业 一", "type", "ENTERPRISE", "regionId", "mont1",
                        "indicators", List.of(IND)),
                Map.of("id", "mon-t2-a", "name", "企业 二", "type", "ENTERPRISE", "regionId", "mont2",
                        "indicators", List.of(IND)));
        Http.send("POST", stack.ingest() + "/api/v1/reference", admin, Map.of("regions", regions,
                "indicators", List.of(indicator), "entities", entities)).expect(200, 201, 202);
    }

    private static Map<String, Object> submission(String entity, String period, String value, String prior) {
        return Map.of("entityId", entity, "period", period, "figures", List.of(Map.of("indicator", IND,
                "value", new BigDecimal(value), "priorYearValue", new BigDecimal(prior))));
    }

    /** A request whose answer is not JSON (a file): only its status. */
    private static int raw(String method, String url, String token, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
