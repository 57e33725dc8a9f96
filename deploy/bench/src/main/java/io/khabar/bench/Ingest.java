package io.khabar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts the corpus's articles to ingest-service, one at a time or as NDJSON batches, and reads the outcomes. */
final class Ingest {

    /** What ingest said of one article: its id and status ({@code new}, {@code updated}, {@code duplicate}). */
    record Outcome(String id, String status) {
        boolean isNew() {
            return "new".equals(status);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String apiKey;

    Ingest(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** Posts one article; an answer other than 200/202 is an error naming the status and the problem. */
    Outcome post(String article) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request("/api/v1/articles", "application/json", article),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 202) {
            throw new IOException("POST /api/v1/articles answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode body = json.readTree(r.body());
        return new Outcome(body.path("id").asText(), body.path("status").asText());
    }

    /** Posts articles as one NDJSON batch; every item must have been taken (new, updated or duplicate). */
    List<Outcome> batch(List<String> articles) throws IOException, InterruptedException {
        String body = String.join("\n", articles) + "\n";
        HttpResponse<String> r = http.send(request("/api/v1/articles/batch", "application/x-ndjson", body),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 202 && r.statusCode() != 207) {
            throw new IOException("POST /api/v1/articles/batch answered " + r.statusCode() + ": " + r.body());
        }
        List<Outcome> out = new ArrayList<>();
        for (JsonNode item : json.readTree(r.body()).path("items")) {
            if (item.has("error")) {
                throw new IOException("ingest refused batch item " + item.path("index") + ": " + item.path("error"));
            }
            out.add(new Outcome(item.path("id").asText(), item.path("status").asText()));
        }
        if (out.size() != articles.size()) {
            throw new IOException("ingest reported " + out.size() + " outcomes for " + articles.size() + " articles");
        }
        return out;
    }

    private HttpRequest request(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
