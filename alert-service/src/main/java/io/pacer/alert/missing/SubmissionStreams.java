package io.pacer.alert.missing;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.pacer.alert.position.Incoming;

/**
 * Binding {@code submissions-in-0} ← {@code pacer.submissions} (the ledger), in batch mode with the raw bytes:
 * which months each entity reported.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionStreams {

    @Bean
    Consumer<Message<Object>> submissions(SubmissionIntake intake) {
        return message -> intake.apply(Incoming.of(message));
    }
}
