package io.pacer.localstack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.pacer.events.Topics;

/**
 * Publishes one submission (the JSON of {@code POST /api/v1/submissions}) to {@code pacer.inbox}, as a department
 * system would: the key is the idempotency key, header {@code pacer-token} the raw token. Without a key given, the
 * key is the SHA-256 of the file's bytes, so sending the same file again counts once and an edited file is a new
 * submission. The file is sent as it is: ingest-service checks it, and writes a rejection to
 * {@code pacer.inbox.rejected}.
 */
public final class InboxSend {

    public static final String TOKEN_HEADER = "pacer-token";

    /** Where the record went. */
    public record Sent(String key, int partition, long offset) {
    }

    private final String bootstrapServers;

    public InboxSend(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends and waits for Kafka's acknowledgement (30 s at most); {@code key} null: {@link #keyOf} the value. */
    public Sent send(byte[] value, String token, String key) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a token is needed (--token or env PACER_TOKEN)");
        }
        String k = key == null || key.isBlank() ? keyOf(value) : key;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INBOX, k, value);
            record.headers().add(TOKEN_HEADER, token.getBytes(StandardCharsets.UTF_8));
            RecordMetadata at = producer.send(record).get(30, TimeUnit.SECONDS);
            return new Sent(k, at.partition(), at.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalArgumentException("Kafka at " + bootstrapServers + " did not take the record: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage());
        }
    }

    /** The default idempotency key of a file: the lowercase hex SHA-256 of its bytes. */
    public static String keyOf(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private Properties config() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "pacer-inbox-send");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }
}
