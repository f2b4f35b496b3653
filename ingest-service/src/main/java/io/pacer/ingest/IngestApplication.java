package io.pacer.ingest;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        SpringApplication.run(IngestApplication.class, args);
    }

    /** "Now" for period checks; tests replace it with a fixed clock (a @Primary bean). */
    @Bean
    Clock clock(IngestProperties properties) {
        return Clock.system(properties.zone());
    }
}
