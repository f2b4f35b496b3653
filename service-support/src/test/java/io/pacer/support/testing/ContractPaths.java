package io.pacer.support.testing;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The {@code /api/v1} paths with their HTTP methods: as the handlers serve them, and as an OpenAPI document lists
 * them.
 */
public final class ContractPaths {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private ContractPaths() {
    }

    public static Map<String, Set<String>> handled(RequestMappingHandlerMapping mapping) {
        Map<String, Set<String>> paths = new TreeMap<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/v1/"))
                .forEach(path -> info.getMethodsCondition().getMethods().forEach(method -> paths
                        .computeIfAbsent(path, p -> new TreeSet<>()).add(method.name().toLowerCase()))));
        return paths;
    }

    public static Map<String, Set<String>> documented(JsonNode openApi) {
        Map<String, Set<String>> paths = new TreeMap<>();
        openApi.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .map(Map.Entry::getKey).filter(METHODS::contains)
                .forEach(method -> paths.computeIfAbsent(path.getKey(), p -> new TreeSet<>()).add(method)));
        return paths;
    }

    /** True when the page runs no inline script or style: everything it loads comes from files. */
    public static boolean onlyFileScriptsAndStyles(String html) {
        return !html.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*") && !html.contains("<style")
                && !html.matches("(?s).*\\sstyle=.*") && !html.matches("(?s).*\\son[a-z]+=.*");
    }
}
