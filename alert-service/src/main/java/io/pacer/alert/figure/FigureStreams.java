package io.pacer.alert.figure;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.pacer.alert.position.Incoming;

/**
 * Binding {@code figures-in-0} ← {@code pacer.figures}, in batch mode with the raw bytes (a record that can't be
 * read must fail alone, not in a conversion of the whole poll).
 */
@Configuration(proxyBeanMethods = false)
class FigureStreams {

    @Bean
    Consumer<Message<Object>> figures(FigureIntake intake) {
        return message -> intake.apply(Incoming.of(message));
    }

    /** Binding {@code allFigures-in-0} ← {@code pacer.figures}, the whole topic on every instance. */
    @Bean
    Consumer<Message<Object>> allFigures(FigureReplica replica) {
        return message -> replica.apply(Incoming.of(message));
    }
}
