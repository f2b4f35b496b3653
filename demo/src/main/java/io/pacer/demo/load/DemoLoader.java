package io.pacer.demo.load;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.demo.data.DemoCity;
import io.pacer.demo.data.DemoData;
import io.pacer.demo.data.Docs.ProjectDoc;
import io.pacer.demo.data.Docs.SubmissionDoc;
import io.pacer.demo.data.Docs.TargetDoc;
import tools.jackson.databind.JsonNode;

/**
 * Loads the demo through the public REST API only, in the order a statistics office would: registers, one
 * REPORTER token per unit, the zone's projects, each unit's months as one batch (oldest first), then the targets. Re-running it is
 * harmless: registers are upserts and the later figure of a month replaces the earlier.
 */
public class DemoLoader {

    private final LoaderConfig config;
    private final RestClient rest;
    private final PrintStream out;

    public DemoLoader(LoaderConfig config, RestClient rest, PrintStream out) {
        this.config = config;
        this.rest = rest;
        this.out = out;
    }

    public LoadSummary load(DemoData data) {
        long started = System.nanoTime();
        rest.awaitReady("ingest-service", config.ingest(), config.readyTimeout());
        rest.awaitReady("alert-service", config.alert(), config.readyTimeout());
        out.printf("Loading the demo (seed %d, demo year %d, %s to %s)%n", data.seed(),
                data.calendar().demoYear(), data.calendar().first(), data.calendar().last());

        rest.send("POST", config.ingest() + "/api/v1/reference", config.adminToken(), data.reference());
        out.printf("  registers: %d regions, %d indicators, %d reporting units%n",
                data.reference().regions().size(), data.reference().indicators().size(),
                data.reference().entities().size());

        Map<String, String> reporterTokens = new LinkedHashMap<>();
        for (String entity : data.submissionsByEntity().keySet()) {
            reporterTokens.put(entity, token(Map.of("role", "REPORTER", "entityIds", List.of(entity))));
        }
        String official = token(Map.of("role", "OFFICIAL", "regionIds", List.of(DemoCity.DISTRICT)));
        out.printf("  tokens: %d REPORTER (one per unit, kept in memory), 1 OFFICIAL for %s%n",
                reporterTokens.size(), DemoCity.DISTRICT);

        for (ProjectDoc project : data.projects()) {
            rest.send("PUT", config.ingest() + project.path(), config.adminToken(), project.body());
        }
        out.printf("  projects: %d in %s's project register (its project counts are derived from them)%n",
                data.projects().size(), DemoCity.ZONE);

        int batches = 0;
        for (Map.Entry<String, List<SubmissionDoc>> unit : data.submissionsByEntity().entrySet()) {
            rest.send("POST", config.ingest() + "/api/v1/submissions/batch", reporterTokens.get(unit.getKey()),
                    unit.getValue());
            if (++batches % 25 == 0) {
                out.printf("  submissions: %d of %d units%n", batches, reporterTokens.size());
            }
        }
        out.printf("  submissions: %d (%d figures) from %d units%n", data.submissionCount(), data.figureCount(),
                batches);

        for (TargetDoc target : data.targets()) {
            // alert-service learns the admin token from pacer.reference: give it a moment after a fresh start
            rest.send("PUT", config.alert() + target.path(), config.adminToken(), target.body(), 30);
        }
        out.printf("  targets: %d for %d%n", data.targets().size(), data.calendar().demoYear());
        return new LoadSummary(data, official, (System.nanoTime() - started) / 1_000_000);
    }

    private String token(Map<String, Object> request) {
        JsonNode answer = rest.send("POST", config.ingest() + "/api/v1/tokens", config.adminToken(), request);
        if (answer == null || !answer.hasNonNull("token")) {
            throw new ApiException(0, "POST /api/v1/tokens answered without a token: " + answer);
        }
        return answer.get("token").asString();
    }

    /** What was loaded, and the district official's token (shown once). */
    public record LoadSummary(DemoData data, String officialToken, long millis) {
    }
}
