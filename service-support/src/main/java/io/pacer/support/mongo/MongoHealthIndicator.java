package io.pacer.support.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Pings the service's database; include {@code mongo} in the readiness group so a service is ready only with it. */
class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoHealthIndicator(MongoDatabase database) {
        super("MongoDB ping failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
