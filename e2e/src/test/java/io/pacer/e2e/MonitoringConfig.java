package io.pacer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.pacer.events.PacerJson;
import tools.jackson.databind.JsonNode;

/**
 * The PromQL of docker/: every {@code expr} of the Grafana dashboards (docker/grafana/dashboards/*.json) and of the
 * Prometheus rule files (docker/prometheus/rules/*.yml), each with the file it comes from, and the names the rule
 * files record themselves (a recording rule's {@code record}).
 */
record MonitoringConfig(List<Expression> expressions, Set<String> recorded) {

    record Expression(String file, String promQl) {
    }

    static MonitoringConfig read(Path docker) {
        List<Expression> expressions = new ArrayList<>();
        Set<String> recorded = new LinkedHashSet<>();
        for (Path dashboard : files(docker.resolve("grafana/dashboards"), ".json")) {
            JsonNode root = PacerJson.mapper().readTree(dashboard.toFile());
            collectExpr(root, docker.relativize(dashboard).toString(), expressions);
        }
        for (Path rules : files(docker.resolve("prometheus/rules"), ".yml")) {
            Map<String, List<String>> fields = yamlScalars(rules, Set.of("expr", "record"));
            String name = docker.relativize(rules).toString();
            fields.getOrDefault("expr", List.of()).forEach(e -> expressions.add(new Expression(name, e)));
            recorded.addAll(fields.getOrDefault("record", List.of()));
        }
        return new MonitoringConfig(expressions, recorded);
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectExpr(JsonNode node, String file, List<Expression> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if ("expr".equals(field.getKey()) && field.getValue().isString()) {
                    into.add(new Expression(file, field.getValue().asString()));
                } else {
                    collectExpr(field.getValue(), file, into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectExpr(child, file, into));
        }
    }

    /**
     * The values of the given keys in a YAML file of the rule files' shape: a plain or quoted scalar on the key's
     * line, or a block scalar ({@code |} or {@code >}) on the lines indented below it.
     */
    static Map<String, List<String>> yamlScalars(Path file, Set<String> keys) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip().replaceFirst("^- ", "");
            int colon = trimmed.indexOf(':');
            if (colon < 0 || !keys.contains(trimmed.substring(0, colon))) {
                continue;
            }
            String value = trimmed.substring(colon + 1).strip();
            if (value.startsWith("|") || value.startsWith(">")) {
                int indent = line.indexOf(trimmed.charAt(0));
                StringBuilder block = new StringBuilder();
                while (i + 1 < lines.size() && (lines.get(i + 1).isBlank()
                        || lines.get(i + 1).length() - lines.get(i + 1).stripLeading().length() > indent)) {
                    block.append(lines.get(++i).strip()).append('\n');
                }
                value = block.toString().strip();
            } else if (value.length() >= 2 && (value.startsWith("'") || value.startsWith("\""))) {
                value = value.startsWith("'") ? value.substring(1, value.length() - 1).replace("''", "'")
                        : value.substring(1, value.length() - 1).replace("\\\\", "\\").replace("\\\"", "\"");
            }
            values.computeIfAbsent(trimmed.substring(0, colon), k -> new ArrayList<>()).add(value);
        }
        return values;
    }
}
