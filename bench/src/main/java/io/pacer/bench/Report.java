package io.pacer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report block: printed as it grows and written to {@code bench/target/bench-report.txt} at the end. */
final class Report {

    private final List<String> lines = new ArrayList<>();
    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void add(String line) {
        lines.add(line);
        out.println("  >> " + line);
    }

    void addAll(List<String> more) {
        more.forEach(this::add);
    }

    void write(Path file) {
        out.println();
        out.println("==== Pacer benchmark report ====");
        lines.forEach(out::println);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
            out.println("(written to " + file + ")");
        } catch (IOException e) {
            out.println("(could not write " + file + ": " + e + ")");
        }
    }
}
