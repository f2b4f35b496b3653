package io.pacer.alert.missing;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.pacer.events.PacerJson;
import io.pacer.events.SubmissionRecord;

/** Binding {@code submissions-in-0} ← {@code pacer.submissions} (the ledger): which months each entity reported. */
@Configuration(proxyBeanMethods = false)
class SubmissionStreams {

    @Bean
    Consumer<Message<byte[]>> submissions(MissingReports missingReports) {
        return message -> missingReports.onSubmission(PacerJson.read(message.getPayload(), SubmissionRecord.class));
    }
}
