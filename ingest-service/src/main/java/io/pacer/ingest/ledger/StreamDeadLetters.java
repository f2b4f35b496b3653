package io.pacer.ingest.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Dead letters through StreamBridge to an output binding whose destination (the {@code .dlq} topic) and
 * synchronous send are set in application.yml. The record keeps its key and bytes, and carries the binder's own
 * {@code x-original-*} and {@code x-exception-*} headers, so it reads like a dead letter the binder sent.
 */
@Component
class StreamDeadLetters implements DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(StreamDeadLetters.class);

    private final StreamBridge bridge;

    StreamDeadLetters(StreamBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public void send(String binding, Rejected r) {
        String reason = r.cause().getClass().getName() + ": " + r.cause().getMessage();
        log.warn("record {}-{}@{} cannot be read, sent to {}: {}", r.topic(), r.partition(), r.offset(), binding,
                reason);
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(r.payload() == null ? new byte[0] : r.payload())
                .setHeader("contentType", MimeTypeUtils.APPLICATION_OCTET_STREAM_VALUE)
                .setHeader(KafkaMessageChannelBinder.X_EXCEPTION_FQCN, bytes(r.cause().getClass().getName()))
                .setHeader(KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE, bytes(String.valueOf(r.cause().getMessage())))
                .setHeader(KafkaMessageChannelBinder.X_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES)
                        .putLong(r.offset()).array())
                .setHeader(KafkaMessageChannelBinder.X_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES)
                        .putInt(r.partition()).array());
        if (r.topic() != null) {
            message.setHeader(KafkaMessageChannelBinder.X_ORIGINAL_TOPIC, bytes(r.topic()));
        }
        if (r.key() != null) {
            message.setHeader(KafkaHeaders.KEY, bytes(r.key()));
        }
        if (!bridge.send(binding, message.build())) {
            throw new IllegalStateException("the dead letter of " + r.topic() + "@" + r.offset() + " was not sent");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
