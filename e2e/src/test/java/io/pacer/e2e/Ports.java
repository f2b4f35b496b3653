package io.pacer.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the processes a test launches. A port is chosen free and below the kernel's ephemeral range
 * (32768–60999 on Linux): a port the kernel hands out itself ({@code new ServerSocket(0)}) lies in that range, where
 * the outbound connections of the processes started first (Kafka and MongoDB clients) may take it before the process
 * meant to listen on it binds it.
 */
final class Ports {

    private static final int FROM = 20_000;
    private static final int TO = 32_000;

    private Ports() {
    }

    /** A port nobody listens on now, between {@value #FROM} and {@value #TO}. */
    static int free() throws IOException {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FROM, TO);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
                return port;
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IOException("no free port between " + FROM + " and " + TO);
    }
}
