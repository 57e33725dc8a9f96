package io.khabar.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads articles back from query-service: to wait until what was ingested has gone the whole way. */
public final class QueryClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String queryUrl;

    public QueryClient(String queryUrl) {
        this.queryUrl = queryUrl;
    }

    /** The stored article with this id, if query-service has it. */
    public Optional<JsonNode> stored(String id) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(queryUrl + "/api/v1/articles/" + id))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? Optional.of(json.readTree(r.body())) : Optional.empty();
    }

    /** Waits until every id is stored; yields id → stored article. */
    public Map<String, JsonNode> awaitStored(Iterable<String> ids, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        for (String id : ids) {
            Optional<JsonNode> a = stored(id);
            while (a.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("article " + id + " was not stored within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(250);
                a = stored(id);
            }
            stored.put(id, a.get());
        }
        return stored;
    }
}
