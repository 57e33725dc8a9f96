package io.khabar.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts a case's articles to ingest-service from a few client threads on a fixed schedule, as a careful client does:
 * an answer of 429 or 503 is counted and, if {@code retry}, the article is sent again after the {@code Retry-After}
 * it came with (at most 2 s), until ingest takes it. What ingest accepted (200 or 202, with the article's id) is
 * what the case then counts in the database.
 */
final class Poster {

    /** What posting came to: accepted ids, refusals by status, and articles never accepted. */
    record Posted(int sent, Set<String> accepted, Map<Integer, Integer> refused, List<String> problems) {
        int refusals() {
            return refused.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String apiKey;

    Poster(String ingestUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
    }

    /**
     * Posts {@code bodies} at {@code perSecond} from {@code clients} threads (0 = as fast as they can) and returns once
     * each one was accepted or, without {@code retry}, answered.
     */
    Posted post(List<String> bodies, double perSecond, int clients, boolean retry) throws InterruptedException {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        if (perSecond > 0) {
                            sleepUntil(start + (long) (i * 1e9 / perSecond));
                        }
                        one(bodies.get(i), retry, accepted, refused, problems);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a posting client failed", e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        return new Posted(bodies.size(), Set.copyOf(accepted), Map.copyOf(refused), List.copyOf(problems));
    }

    private void one(String body, boolean retry, Set<String> accepted, Map<Integer, Integer> refused,
                     List<String> problems) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r;
            try {
                r = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/articles"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .header("X-Api-Key", apiKey).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) { // no answer at all: the client cannot know, so it asks again
                refused.merge(0, 1, Integer::sum);
                Thread.sleep(500);
                continue;
            }
            int status = r.statusCode();
            if (status == 200 || status == 202) {
                accepted.add(JSON.readTree(r.body()).path("id").asText());
                return;
            }
            if (status != 429 && status != 503) {
                problems.add(status + " " + r.body());
                return;
            }
            refused.merge(status, 1, Integer::sum);
            if (!retry) {
                return;
            }
            long wait = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            Thread.sleep(Math.min(2000, wait * 1000));
        }
        problems.add("not accepted within 3 minutes");
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
