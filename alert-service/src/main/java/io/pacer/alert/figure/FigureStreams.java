package io.pacer.alert.figure;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;

/** Binding {@code figures-in-0} ← {@code pacer.figures}; a record that can't be read goes to its dead-letter topic. */
@Configuration(proxyBeanMethods = false)
class FigureStreams {

    @Bean
    Consumer<Message<byte[]>> figures(FigureIntake intake) {
        return message -> intake.apply(PacerJson.read(message.getPayload(), FigureEvent.class));
    }
}
