package io.pacer.alert.position;

import java.io.IOException;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import org.apache.kafka.common.KafkaException;
import org.springframework.messaging.MessagingException;

/**
 * Tells a dependency that is away (MongoDB, the broker: retry until it is back, never dead-letter) from a record
 * that can't be judged (dead-letter it and go on). A write MongoDB refused for its content counts as the record's.
 */
public final class Failures {

    private Failures() {
    }

    public static boolean isInfrastructure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MongoWriteException || t instanceof MongoBulkWriteException) {
                return false;
            }
            if (t instanceof MongoException || t instanceof KafkaException || t instanceof MessagingException
                    || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
