package io.pacer.localstack;

/**
 * One in-memory MongoDB-wire server per test JVM, started on first use. Each test class should use its own
 * database name (see {@link #uniqueDatabase(String)}) so classes never see each other's data.
 */
public final class SharedMongo {

    private static MongoWireServer server;
    private static int sequence;

    private SharedMongo() {
    }

    public static synchronized String uri() {
        if (server == null) {
            server = MongoWireServer.inMemory().start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-wire-shutdown"));
        }
        return server.uri();
    }

    public static synchronized String uniqueDatabase(String prefix) {
        return prefix + "_" + (++sequence);
    }
}
