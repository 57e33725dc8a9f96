package io.khabar.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * query-service's Server-Sent Events of newly stored articles ({@code GET /api/v1/articles/stream}), as a browser
 * or script would follow them: the moment each article id is first announced is the moment it became queryable for
 * a subscriber. (The stream looks for new articles every 500 ms, so that much of any latency is the stream's own.)
 */
final class StoredStream implements AutoCloseable {

    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final Thread reader;

    /** Connects and returns once the stream has answered. */
    StoredStream(String queryUrl) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        response = http.sendAsync(HttpRequest.newBuilder(URI.create(queryUrl + "/api/v1/articles/stream"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> r = response.get(30, TimeUnit.SECONDS);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/articles/stream answered " + r.statusCode());
        }
        reader = new Thread(() -> {
            try {
                r.body().forEach(this::line);
            } catch (java.io.UncheckedIOException closed) {
                // the stream was closed: the phase is over
            }
        }, "bench-sse");
        reader.setDaemon(true);
        reader.start();
    }

    private void line(String line) {
        if (line.startsWith("data:")) {
            long now = System.nanoTime();
            try {
                seen.putIfAbsent(json.readTree(line.substring(5)).path("id").asText(), now);
            } catch (Exception e) {
                System.err.println("stream: unreadable event " + line);
            }
        }
    }

    /** When {@code id} was first announced ({@link System#nanoTime()}), or null. */
    Long seenAt(String id) {
        return seen.get(id);
    }

    int count() {
        return seen.size();
    }

    @Override
    public void close() {
        response.cancel(true);
        reader.interrupt();
    }
}
