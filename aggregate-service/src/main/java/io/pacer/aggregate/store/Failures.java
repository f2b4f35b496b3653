package io.pacer.aggregate.store;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.bson.BSONException;

/**
 * Tells an outage from a bad document when a store write or a publication fails. An outage (MongoDB or Kafka away,
 * slow, failing over) is waited out: the same write is tried again until it passes. A failure caused by what is
 * written (a document BSON cannot encode or the server refuses, an event Kafka refuses for its size or form, or any
 * exception of our own code while making them) would fail the same way forever, so it is isolated to the documents
 * that cause it, which are dead-lettered, and the rest goes on.
 */
public final class Failures {

    private Failures() {
    }

    public static boolean isInfrastructure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isAboutTheData(t)) {
                return false;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MongoException || t instanceof KafkaException || t instanceof TimeoutException
                    || t instanceof InterruptedException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAboutTheData(Throwable t) {
        if (t instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteConcernError() == null && !bulk.getWriteErrors().isEmpty();
        }
        return t instanceof BSONException || (t instanceof MongoWriteException w && w.getError() != null)
                || t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                || t instanceof SerializationException || t instanceof InvalidRecordException;
    }

    /** A failure for a log line or a dead letter's header: at most 200 characters. */
    public static String describe(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
