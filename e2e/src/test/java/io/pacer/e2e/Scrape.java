package io.pacer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One service's /actuator/prometheus in the text exposition format: its sample names (with the _bucket, _count,
 * _sum, _total suffixes as served), its metric family names (the {@code # TYPE} lines), and its samples.
 */
record Scrape(String service, Set<String> names, Set<String> families, List<String> samples) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static Scrape of(String service, String base) {
        String body = text(base + "/actuator/prometheus");
        Set<String> names = new LinkedHashSet<>();
        Set<String> families = new LinkedHashSet<>();
        List<String> samples = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                families.add(line.split(" ")[2]);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int end = line.indexOf('{');
                names.add(line.substring(0, end < 0 ? line.indexOf(' ') : end));
                samples.add(line);
            }
        }
        return new Scrape(service, names, families, samples);
    }

    private static String text(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/plain").GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + ": HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean has(String metric) {
        return names.contains(metric) || families.contains(metric);
    }

    /** The sum of the samples of a name whose labels include every given {@code key="value"}. */
    double sum(String name, String... labels) {
        double sum = 0;
        for (String sample : samples) {
            if (sample.startsWith(name + "{") || sample.startsWith(name + " ")) {
                String labelPart = sample.substring(name.length(), sample.lastIndexOf(' '));
                boolean all = true;
                for (String label : labels) {
                    all &= labelPart.contains(label);
                }
                if (all) {
                    sum += Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
                }
            }
        }
        return sum;
    }
}
