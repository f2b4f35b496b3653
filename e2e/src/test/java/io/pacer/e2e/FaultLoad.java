package io.pacer.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.pacer.events.PacerJson;

/**
 * The reporters under a fault: one sender thread per town, each sending its plan synchronously over REST with its
 * own token, a little paced so the load lasts across the fault. A 503 must carry Retry-After; the sender waits that
 * long and sends the same submission again, as a client does. No answer at all (the service is down or was killed
 * mid-request) is tried again a second later. Every 202 is recorded with its submissionId.
 */
final class FaultLoad {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Per submission: long enough for a restart of every process on a busy two-core box. */
    private static final Duration GIVE_UP = Duration.ofSeconds(240);

    /** An acknowledged submission. */
    record Ack(long seq, String submissionId, FaultDistrict.Planned planned) {
    }

    /** A 503 answer: how long it took and whether it said when to come back. */
    record Refusal(long millis, String retryAfter) {
    }

    private final String ingest;
    private final long paceMillis;
    private final AtomicInteger sequence = new AtomicInteger();
    final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    final List<Refusal> refusals = Collections.synchronizedList(new ArrayList<>());
    /** Submissions sent again after a 503, and after no answer. */
    final AtomicInteger retriedAfter503 = new AtomicInteger();
    final AtomicInteger retriedAfterNoAnswer = new AtomicInteger();
    final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService senders;
    private final List<Future<?>> running = new ArrayList<>();
    private int planned;

    FaultLoad(String ingest, long paceMillis, int senders) {
        this.ingest = ingest;
        this.paceMillis = paceMillis;
        this.senders = Executors.newFixedThreadPool(senders);
    }

    /** Starts one sender for a plan, with its token. */
    void send(String token, List<FaultDistrict.Planned> plan) {
        planned += plan.size();
        running.add(senders.submit(() -> {
            for (FaultDistrict.Planned p : plan) {
                deliver(token, p);
                Http.sleep(paceMillis);
            }
            return null;
        }));
    }

    int planned() {
        return planned;
    }

    /** Blocks until this many submissions are acknowledged (the moment a fault strikes). */
    void awaitAcknowledged(int count) {
        Http.await(count + " submissions acknowledged", Duration.ofSeconds(120),
                () -> acks.size() >= count ? Boolean.TRUE : null);
    }

    /** Waits for every sender to finish its plan; fails if one gave up or met an answer it should not have. */
    void finish() throws Exception {
        senders.shutdown();
        for (Future<?> f : running) {
            f.get(GIVE_UP.toSeconds() + 60, TimeUnit.SECONDS);
        }
        if (!unexpected.isEmpty()) {
            throw new AssertionError("unexpected answers: " + unexpected);
        }
    }

    void abort() {
        senders.shutdownNow();
    }

    private void deliver(String token, FaultDistrict.Planned p) {
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        byte[] body = PacerJson.write(body(p));
        boolean retry = false;
        while (true) {
            if (System.nanoTime() - giveUp > 0) {
                throw new AssertionError("no 202 within " + GIVE_UP.toSeconds() + " s for " + p);
            }
            long sent = System.nanoTime();
            HttpResponse<String> answer = post(token, body);
            long millis = (System.nanoTime() - sent) / 1_000_000;
            int status = answer == null ? 0 : answer.statusCode();
            if (status == 202) {
                acks.add(new Ack(sequence.incrementAndGet(), PacerJson.mapper().readTree(answer.body())
                        .get("submissionId").asString(), p));
                return;
            }
            if (status == 503) {
                String after = answer.headers().firstValue("Retry-After").orElse(null);
                refusals.add(new Refusal(millis, after));
                if (!retry) {
                    retriedAfter503.incrementAndGet();
                }
                retry = true;
                Http.sleep(after == null ? 5000 : Math.max(1, Long.parseLong(after.trim())) * 1000);
            } else if (status == 0 || status == 401) {
                // no answer (down, or killed mid-request); 401 while a restarted service re-reads its tokens
                if (!retry) {
                    retriedAfterNoAnswer.incrementAndGet();
                }
                retry = true;
                Http.sleep(1000);
            } else {
                unexpected.add(status + " for " + p + ": " + answer.body());
                return;
            }
        }
    }

    private HttpResponse<String> post(String token, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/api/v1/submissions"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> body(FaultDistrict.Planned p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entityId", p.unit());
        body.put("period", p.period());
        body.put("figures", List.of(Map.of("indicator", FaultDistrict.FLOW, "value", p.flow()),
                Map.of("indicator", FaultDistrict.LEVEL, "value", p.level())));
        return body;
    }
}
