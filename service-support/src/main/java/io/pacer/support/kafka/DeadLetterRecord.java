package io.pacer.support.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * The dead letter of a record: its key and bytes as they were read, with the headers the binder's own dead letters
 * carry ({@code x-original-topic}, {@code -partition}, {@code -offset}, {@code x-exception-fqcn}, {@code -message})
 * and {@code pacer_dlq_reason}, the reason in a line. The exception reported is the {@link PoisonRecordException}
 * in the cause chain, else the innermost cause (the wrappers of the listener container say nothing of the record).
 */
final class DeadLetterRecord {

    static final String REASON_HEADER = DeadLetters.REASON_HEADER;
    static final String ORIGINAL_TOPIC = "x-original-topic";
    static final String ORIGINAL_PARTITION = "x-original-partition";
    static final String ORIGINAL_OFFSET = "x-original-offset";
    static final String EXCEPTION_FQCN = "x-exception-fqcn";
    static final String EXCEPTION_MESSAGE = "x-exception-message";
    /** A reason longer than this is cut: it is for a person reading the topic. */
    static final int MAX_REASON = 500;

    private DeadLetterRecord() {
    }

    static ProducerRecord<byte[], byte[]> of(String deadLetterTopic, String topic, int partition, long offset,
            byte[] key, byte[] payload, Throwable failure) {
        Throwable reported = reported(failure);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(deadLetterTopic, null, key,
                payload == null ? new byte[0] : payload);
        Headers headers = record.headers();
        if (topic != null) {
            headers.add(ORIGINAL_TOPIC, bytes(topic));
        }
        headers.add(ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(partition).array());
        headers.add(ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
        headers.add(EXCEPTION_FQCN, bytes(reported.getClass().getName()));
        headers.add(EXCEPTION_MESSAGE, bytes(String.valueOf(reported.getMessage())));
        headers.add(REASON_HEADER, bytes(reason(reported)));
        return record;
    }

    /** The reason in a line: the poison's message, or the failure's class and message. */
    static String reason(Throwable failure) {
        Throwable reported = reported(failure);
        String type = reported.getClass().getSimpleName();
        String reason = reported instanceof PoisonRecordException ? String.valueOf(reported.getMessage())
                : reported.getMessage() == null ? type : type + ": " + reported.getMessage();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    static Throwable reported(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PoisonRecordException) {
                return t;
            }
            innermost = t;
            if (t.getCause() == t) {
                break;
            }
        }
        return innermost;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
