package io.pacer.bench;

import java.nio.file.Path;

/**
 * A started service process. {@code label} names it in the report and the CPU lines: the service's short name
 * ({@code aggregate}) when it runs alone, with its instance number ({@code aggregate-2}) when it runs as several.
 */
record Service(String name, String label, int port, Process process, Path log) {

    String url() {
        return "http://127.0.0.1:" + port;
    }
}
