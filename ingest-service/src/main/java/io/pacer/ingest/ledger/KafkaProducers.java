package io.pacer.ingest.ledger;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The two producers ingest writes with. Plain spring-kafka, because the binder can do neither: the ledger needs
 * one Kafka transaction per request, and register writes need the record's offset back so the MongoDB projection
 * only moves forward. Both are idempotent with {@code acks=all}, and give up after {@code pacer.ingest.kafka-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class KafkaProducers {

    @Bean
    KafkaTemplate<String, byte[]> ledgerKafkaTemplate(KafkaProperties kafka, IngestProperties ingest) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(ledgerProducerFactory(kafka, ingest));
        template.setDefaultTopic(Topics.SUBMISSIONS);
        return template;
    }

    /**
     * The ledger's transactional producers. Their transactional id is {@code pacer-ingest-ledger-<instance id>-0}:
     * unique per instance (instances must not fence each other), and the same on every start of that instance, so
     * the first transaction after a crash fences the one the crashed run left open (see IngestProperties). One
     * suffix only: the ledger has one committer thread, and a producer that broke is replaced under the same id
     * rather than a new one, whose open transaction a restart would not fence.
     */
    static DefaultKafkaProducerFactory<String, byte[]> ledgerProducerFactory(KafkaProperties kafka,
            IngestProperties ingest) {
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config(kafka, ingest));
        factory.setTransactionIdPrefix(transactionIdPrefix(ingest));
        factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(1));
        return factory;
    }

    static String transactionIdPrefix(IngestProperties ingest) {
        return "pacer-ingest-ledger-" + ingest.instanceId() + "-";
    }

    @Bean
    KafkaTemplate<String, byte[]> referenceKafkaTemplate(KafkaProperties kafka, IngestProperties ingest) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config(kafka, ingest)));
        template.setDefaultTopic(Topics.REFERENCE);
        return template;
    }

    private static Map<String, Object> config(KafkaProperties kafka, IngestProperties ingest) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        int timeoutMs = (int) ingest.kafkaTimeout().toMillis();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs + 1000);
        return config;
    }
}
