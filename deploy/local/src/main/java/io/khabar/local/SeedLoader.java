package io.khabar.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Posts the {@code .txt} articles of a folder (such as {@code seeds/}) to ingest-service and reads them back from
 * query-service. The command-line importer of issue 3 will replace the posting half.
 */
public final class SeedLoader {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String ingestUrl;
    private final String queryUrl;

    public SeedLoader(String ingestUrl, String queryUrl) {
        this.ingestUrl = ingestUrl;
        this.queryUrl = queryUrl;
    }

    /** The {@code .txt} files of {@code dir}, by name. */
    public static List<Path> articlesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Posts each file as one article (source {@code seeds/<name>}); yields file name → article id, in order. */
    public Map<String, String> post(List<Path> files) throws IOException, InterruptedException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Path file : files) {
            ObjectNode body = json.createObjectNode();
            body.put("text", Files.readString(file, StandardCharsets.UTF_8));
            body.put("source", "seeds/" + file.getFileName());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/articles"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 202 && r.statusCode() != 200) { // 200: a duplicate, accepted before
                throw new IOException("ingest refused " + file + ": " + r.statusCode() + " " + r.body());
            }
            ids.put(file.getFileName().toString(), json.readTree(r.body()).get("id").asText());
        }
        return ids;
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
