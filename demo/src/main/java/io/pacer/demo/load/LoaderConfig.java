package io.pacer.demo.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.pacer.demo.data.DemoData;

/**
 * Where the services are and how to get in. Options win over environment variables, which win over defaults;
 * the admin token comes from {@code --token}, {@code PACER_ADMIN_TOKEN} or the launcher's {@code .pacer/admin-token}.
 */
public record LoaderConfig(String ingest, String aggregate, String alert, String adminToken, long seed,
        Duration readyTimeout, boolean verify) {

    public static final String USAGE = """
            usage: java -jar demo.jar load [options]
              --ingest URL       ingest-service     (env PACER_INGEST_URL,    default http://localhost:8081)
              --aggregate URL    aggregate-service  (env PACER_AGGREGATE_URL, default http://localhost:8082)
              --alert URL        alert-service      (env PACER_ALERT_URL,     default http://localhost:8083)
              --token TOKEN      the STATISTICS token (env PACER_ADMIN_TOKEN, else the file given by
                                 --token-file, default .pacer/admin-token)
              --seed N           the generator's seed (env PACER_DEMO_SEED, default %d)
              --ready-timeout S  seconds to wait for the services' readiness (default 300)
              --no-verify        don't wait for the zone's figure and alert after loading
            """.formatted(DemoData.DEFAULT_SEED);

    public static LoaderConfig from(String[] args, Map<String, String> env) {
        String ingest = env.getOrDefault("PACER_INGEST_URL", "http://localhost:8081");
        String aggregate = env.getOrDefault("PACER_AGGREGATE_URL", "http://localhost:8082");
        String alert = env.getOrDefault("PACER_ALERT_URL", "http://localhost:8083");
        String token = env.get("PACER_ADMIN_TOKEN");
        String tokenFile = ".pacer/admin-token";
        long seed = env.containsKey("PACER_DEMO_SEED") ? Long.parseLong(env.get("PACER_DEMO_SEED"))
                : DemoData.DEFAULT_SEED;
        long ready = 300;
        boolean verify = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--ingest" -> ingest = value(args, ++i, a);
                case "--aggregate" -> aggregate = value(args, ++i, a);
                case "--alert" -> alert = value(args, ++i, a);
                case "--token" -> token = value(args, ++i, a);
                case "--token-file" -> tokenFile = value(args, ++i, a);
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--ready-timeout" -> ready = Long.parseLong(value(args, ++i, a));
                case "--no-verify" -> verify = false;
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (token == null || token.isBlank()) {
            token = readToken(Path.of(tokenFile));
        }
        return new LoaderConfig(trim(ingest), trim(aggregate), trim(alert), token.trim(), seed,
                Duration.ofSeconds(ready), verify);
    }

    private static String readToken(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalArgumentException("no admin token: set PACER_ADMIN_TOKEN, pass --token, or create "
                    + file.toAbsolutePath() + " (./pacer up writes it)");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
