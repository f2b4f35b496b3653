package io.pacer.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.bson.BsonMaximumSizeExceededException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void mongoOrKafkaAwayIsAnOutageToWaitOut() {
        assertThat(Failures.isInfrastructure(new MongoTimeoutException("no server"))).isTrue();
        assertThat(Failures.isInfrastructure(new IllegalStateException("wrapped",
                new MongoSocketReadException("reset", new ServerAddress())))).isTrue();
        assertThat(Failures.isInfrastructure(new ExecutionException(new NetworkException("gone")))).isTrue();
    }

    @Test
    void aDocumentOrEventRefusedForWhatItHoldsIsNotAnOutage() {
        assertThat(Failures.isInfrastructure(new BsonMaximumSizeExceededException("too big"))).isFalse();
        assertThat(Failures.isInfrastructure(new ExecutionException(new RecordTooLargeException("big")))).isFalse();
        assertThat(Failures.isInfrastructure(new IllegalArgumentException("a bug of ours"))).isFalse();
    }
}
