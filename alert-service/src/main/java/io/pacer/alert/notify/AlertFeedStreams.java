package io.pacer.alert.notify;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.pacer.events.AlertEvent;
import io.pacer.events.PacerJson;

/**
 * Binding {@code alertFeed-in-0} ← {@code pacer.alerts}, in a consumer group of each instance's own from the
 * latest offset, with the raw bytes: the transitions judged on every instance, for the browsers connected to this
 * one ({@link AlertStream}). A record that can't be read is skipped; it is only not shown live.
 */
@Configuration(proxyBeanMethods = false)
class AlertFeedStreams {

    private static final Logger log = LoggerFactory.getLogger(AlertFeedStreams.class);

    @Bean
    Consumer<Message<Object>> alertFeed(AlertStream stream) {
        return message -> {
            try {
                stream.onPublished(List.of(PacerJson.read((byte[]) message.getPayload(), AlertEvent.class)));
            } catch (RuntimeException e) {
                log.warn("a pacer.alerts record is not shown live, unreadable: {}", e.toString());
            }
        };
    }
}
