package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class HotMethodsTest {

    private static final String SAMPLES = """
            jdk.ExecutionSample {
              startTime = 23:01:02.345
              sampledThread = "KafkaConsumerDestination-1" (javaThreadId = 41)
              state = "STATE_RUNNABLE"
              stackTrace = [
                java.util.HashMap.getNode(Object) line: 570
                java.util.HashMap.get(Object) line: 558
                io.pacer.aggregate.figure.FigureEngine.apply(String) line: 88
                io.pacer.aggregate.ledger.Aggregator.onLedger(List) line: 12
                ...
              ]
            }

            jdk.ExecutionSample {
              startTime = 23:01:02.355
              sampledThread = "KafkaConsumerDestination-2" (javaThreadId = 42)
              state = "STATE_RUNNABLE"
              stackTrace = [
                java.util.HashMap.getNode(Object) line: 570
                org.bson.Document.get(Object) line: 3
              ]
            }

            jdk.NativeMethodSample {
              startTime = 23:01:02.365
              sampledThread = "KafkaConsumerDestination-1" (javaThreadId = 41)
              state = "STATE_IN_NATIVE"
              stackTrace = [
                sun.nio.ch.SocketDispatcher.read0(FileDescriptor, long, int) line: 0
                com.mongodb.internal.connection.SocketStream.read(int) line: 9
                io.pacer.aggregate.ledger.FigureStore.upsert(String, Collection) line: 60
              ]
            }

            jdk.NativeMethodSample {
              startTime = 23:01:02.366
              sampledThread = "http-nio-Poller" (javaThreadId = 50)
              state = "STATE_IN_NATIVE"
              stackTrace = [
                sun.nio.ch.EPoll.wait(int, long, int, int) line: 0
              ]
            }
            """;

    @Test
    void countsTopFramesInnermostPacerFramesAndThreads() {
        HotMethods hot = HotMethods.parse(new BufferedReader(new StringReader(SAMPLES)));
        assertThat(hot.samples()).isEqualTo(2);
        assertThat(hot.nativeSamples()).isEqualTo(1);
        assertThat(hot.report(5)).contains("    100.0 %  java.util.HashMap.getNode(Object)",
                "     50.0 %  io.pacer.aggregate.figure.FigureEngine.apply(String)",
                "    100.0 %  KafkaConsumerDestination-N",
                "    100.0 %  io.pacer.aggregate.ledger.FigureStore.upsert(String, Collection)  <- "
                        + "sun.nio.ch.SocketDispatcher.read0(FileDescriptor, long, int)");
    }
}
