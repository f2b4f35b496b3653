package io.pacer.support.mongo;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * One {@link MongoClient} per service from {@code pacer.mongo.uri}, its database as a bean, and a {@code mongo}
 * health indicator. No Spring Data: services use the driver directly. The client is closed on shutdown.
 */
@AutoConfiguration
@ConditionalOnClass(MongoClient.class)
@EnableConfigurationProperties(PacerMongoProperties.class)
public class PacerMongoAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MongoClient mongoClient(PacerMongoProperties properties) {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.uri()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(
                        properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .build();
        return MongoClients.create(settings);
    }

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, PacerMongoProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean(name = "mongo")
    @ConditionalOnMissingBean(name = "mongo")
    MongoHealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoHealthIndicator(database);
    }
}
