package io.pacer.localstack;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded MongoDB-wire server: the real MongoDB driver talks to it over TCP. Memory backend for tests, H2
 * file backend for local runs so data survives a restart. It has no transactions, sessions, change streams, TTL or
 * partial indexes, so Pacer uses none of them.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private InetSocketAddress address;

    private MongoWireServer(MongoBackend backend) {
        this.server = new MongoServer(backend);
    }

    public static MongoWireServer inMemory() {
        return new MongoWireServer(new MemoryBackend());
    }

    public static MongoWireServer h2File(Path file) {
        return new MongoWireServer(new H2Backend(file.toAbsolutePath().toString()));
    }

    /** Binds to the loopback address; port 0 picks a free one. */
    public MongoWireServer start(int port) {
        server.bind("127.0.0.1", port);
        address = server.getLocalAddress();
        return this;
    }

    public String uri() {
        if (address == null) {
            throw new IllegalStateException("not started");
        }
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
