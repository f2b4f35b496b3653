package io.pacer.bench;

import java.io.PrintStream;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.pacer.events.PacerJson;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the generated ledger straight to {@code pacer.submissions} with a plain idempotent producer, keyed by the
 * entity's parent region (the district) and serialized with {@link PacerJson}, as ingest-service's LedgerPublisher
 * does. Unlike ingest it uses no transaction per request, so the topic has no commit markers.
 */
final class LedgerWriter {

    record Written(LedgerGenerator.Summary summary, long bytes, double seconds) {
    }

    private LedgerWriter() {
    }

    static Written write(String bootstrap, LedgerGenerator generator, PrintStream out) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "pacer-bench-ledger");
        AtomicLong bytes = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long started = System.nanoTime();
        LedgerGenerator.Summary summary;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            summary = generator.generate((SubmissionRecord r) -> {
                byte[] value = PacerJson.write(r);
                bytes.addAndGet(value.length + r.parentRegionId().length());
                producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, r.parentRegionId(), value), (m, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            });
            producer.flush();
        }
        if (failure.get() != null) {
            throw new BenchException("writing the ledger failed: " + failure.get(), failure.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("  ledger: %,d records (%,d figures + %,d revisions, up to %s), %.0f MB written in %.1f s%n",
                summary.records(), summary.originals(), summary.revisions(), summary.latest(), bytes.get() / 1e6,
                seconds);
        return new Written(summary, bytes.get(), seconds);
    }
}
