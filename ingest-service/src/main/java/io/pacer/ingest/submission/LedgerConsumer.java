package io.pacer.ingest.submission;

import java.util.function.Consumer;

import io.pacer.events.PacerJson;
import io.pacer.events.SubmissionRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The ledger is the system of record; the history in MongoDB is its projection. This consumer (group
 * ingest-history, read_committed) applies every committed record, so a history write that failed after the commit,
 * or a lost database, is made good from the ledger. Applying is idempotent, so the request path having written it
 * first changes nothing. Unreadable records go to pacer.submissions.dlq (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class LedgerConsumer {

    @Bean
    Consumer<Message<byte[]>> ledgerIn(HistoryStore history) {
        return message -> {
            Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
            SubmissionRecord record = PacerJson.read(message.getPayload(), SubmissionRecord.class);
            history.apply(record, offset == null ? Long.MAX_VALUE : offset, null);
        };
    }
}
