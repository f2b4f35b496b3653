package io.pacer.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import io.pacer.events.Topics;

/** What a restarted ingest-service must have read back before the latency phase may send to it. */
final class IngestReadiness {

    private IngestReadiness() {
    }

    /**
     * A restarted ingest re-reads pacer.reference from the beginning (a group of its own per start) and applies every
     * register again: "caught up" includes that, or the latency phase would measure it.
     */
    static void awaitRegisters(Offsets offsets, PrintStream out) {
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(15).toNanos();
        while (true) {
            List<String> groups = offsets.activeGroups("ingest-reference-");
            long lag = 0;
            for (String group : groups) {
                lag += Offsets.lag(offsets.ends(Topics.REFERENCE), offsets.committed(group, Topics.REFERENCE));
            }
            if (!groups.isEmpty() && lag == 0) {
                out.printf("  ingest-service re-read pacer.reference in %.1f s after readiness%n",
                        (System.nanoTime() - started) / 1e9);
                return;
            }
            if (System.nanoTime() > deadline) {
                out.println("  ingest-service still re-reading pacer.reference after 15 min (lag " + lag + "): going on");
                return;
            }
            Stack.sleep(500);
        }
    }

    /** A freshly started ingest reads its tokens back from pacer.reference: wait until it knows the reporters'. */
    static void awaitTokens(Http http, Service ingest, CityModel model, List<String> tokens) {
        List<List<String>> groups = LatencyRun.entityGroups(model, tokens.size());
        for (int s = 0; s < tokens.size(); s++) {
            if (groups.get(s).isEmpty()) {
                continue;
            }
            String url = ingest.url() + "/api/v1/submissions?entityId=" + groups.get(s).get(0);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (http.get(url, tokens.get(s)).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new BenchException("ingest-service does not accept the reporter tokens: " + url);
                }
                Stack.sleep(500);
            }
        }
    }
}
