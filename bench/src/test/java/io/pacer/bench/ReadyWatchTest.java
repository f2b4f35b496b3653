package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

class ReadyWatchTest {

    @Test
    void saysWhenEachInstanceFirstAnsweredItsReadinessAfterT0AndWhichNeverDid() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        Process process = new ProcessBuilder("sleep", "30").start();
        int closedPort = Launcher.freePort();
        Instances instances = new Instances("alert", List.of(
                new Service("alert", "alert-1", server.getAddress().getPort(), process, Path.of("a1.log")),
                new Service("alert", "alert-2", closedPort, process, Path.of("a2.log"))));
        long t0 = System.nanoTime();
        try (ReadyWatch watch = new ReadyWatch(instances, new Http())) {
            String since = watch.since(t0);
            for (int i = 0; i < 100 && since.contains("alert-1 not ready"); i++) {
                Thread.sleep(100);
                since = watch.since(t0);
            }
            assertThat(since).matches("alert-1 ready at t0 \\+ \\d+\\.\\d s, alert-2 not ready");
        } finally {
            server.stop(0);
            process.destroy();
        }
    }
}
