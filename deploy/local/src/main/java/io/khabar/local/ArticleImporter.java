package io.khabar.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Streams the articles of a file or folder (recursively: {@code .txt}, {@code .html}/{@code .htm}, {@code .json}
 * objects or arrays, {@code .ndjson}/{@code .jsonl}) into ingest-service, each file in the form the service takes
 * it in, and counts what happened to every article.
 */
public final class ArticleImporter {

    /** File endings the importer reads. */
    public static final Set<String> TYPES = Set.of("txt", "html", "htm", "json", "ndjson", "jsonl");

    /** What an import did. {@code rejected} maps each reason to how often it occurred. */
    public record Summary(int files, int ingested, int duplicates, Map<String, Integer> rejected, List<String> ids) {

        public int rejectedCount() {
            return rejected.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String ingestUrl;
    private final Optional<String> apiKey;
    private final int parallel;

    public ArticleImporter(String ingestUrl, Optional<String> apiKey, int parallel) {
        this.ingestUrl = ingestUrl.endsWith("/") ? ingestUrl.substring(0, ingestUrl.length() - 1) : ingestUrl;
        this.apiKey = apiKey;
        this.parallel = Math.max(1, parallel);
    }

    /** The files an import of {@code path} reads, in name order. */
    public static List<Path> files(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(Files::isRegularFile).filter(p -> TYPES.contains(ending(p))).sorted().toList();
        }
    }

    /**
     * Imports {@code files}; {@code source} names the outlet (null: the file's path below {@code root}), and
     * {@code onFileDone} is told after every file (for a progress display).
     */
    public Summary run(Path root, List<Path> files, String source, Consumer<Path> onFileDone)
            throws IOException, InterruptedException {
        AtomicInteger ingested = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        Map<String, Integer> rejected = new ConcurrentHashMap<>();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Path file : files) {
                work.add(pool.submit(() -> {
                    try {
                        String name = source != null ? source : label(root, file);
                        Counts c = importFile(file, name, ids);
                        ingested.addAndGet(c.ingested);
                        duplicates.addAndGet(c.duplicates);
                        c.rejected.forEach((reason, n) -> rejected.merge(reason, n, Integer::sum));
                    } catch (IOException | RuntimeException e) {
                        rejected.merge("could not send " + file.getFileName() + ": " + e.getMessage(), 1, Integer::sum);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    onFileDone.accept(file);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Summary(files.size(), ingested.get(), duplicates.get(), new TreeMap<>(rejected), List.copyOf(ids));
    }

    private static final class Counts {
        int ingested;
        int duplicates;
        final Map<String, Integer> rejected = new TreeMap<>();

        void outcome(int status, JsonNode body, List<String> ids) {
            if (status == 202 || status == 200) {
                if ("duplicate".equals(body.path("status").asText())) {
                    duplicates++;
                } else {
                    ingested++;
                }
                ids.add(body.path("id").asText());
            } else {
                rejected.merge(status + " " + body.path("detail").asText(body.toString()), 1, Integer::sum);
            }
        }
    }

    private Counts importFile(Path file, String source, List<String> ids) throws IOException, InterruptedException {
        Counts counts = new Counts();
        String ending = ending(file);
        String query = "?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
        switch (ending) {
            case "txt" -> one(post("/api/v1/articles" + query, "text/plain; charset=utf-8", file), counts, ids);
            case "html", "htm" -> one(post("/api/v1/articles" + query, "text/html", file), counts, ids);
            case "ndjson", "jsonl" -> batch(post("/api/v1/articles/batch", "application/x-ndjson", file), counts, ids);
            default -> {
                if (firstNonSpace(file) == '[') {
                    batch(post("/api/v1/articles/batch", "application/json", file), counts, ids);
                } else {
                    one(post("/api/v1/articles", "application/json", file), counts, ids);
                }
            }
        }
        return counts;
    }

    private void one(HttpResponse<String> r, Counts counts, List<String> ids) throws IOException {
        counts.outcome(r.statusCode(), body(r), ids);
    }

    private void batch(HttpResponse<String> r, Counts counts, List<String> ids) throws IOException {
        JsonNode body = body(r);
        if (r.statusCode() != 200) {
            counts.outcome(r.statusCode(), body, ids);
            return;
        }
        for (JsonNode item : body.path("items")) {
            if (item.has("error")) {
                counts.outcome(item.at("/error/status").asInt(400), item.get("error"), ids);
            } else {
                counts.outcome(200, item, ids);
            }
        }
    }

    /** Posts a file, waiting and trying again (up to 5 times) while the service answers 503 or 429. */
    private HttpResponse<String> post(String path, String type, Path file) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingestUrl + path))
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofFile(file));
            apiKey.ifPresent(k -> request.header("X-Api-Key", k));
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if ((r.statusCode() != 503 && r.statusCode() != 429) || attempt == 5) {
                return r;
            }
            long wait = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(2L);
            Thread.sleep(Duration.ofSeconds(Math.min(wait, 30)).toMillis());
        }
    }

    private JsonNode body(HttpResponse<String> r) {
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            return json.createObjectNode().put("detail", r.body());
        }
    }

    private static int firstNonSpace(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b;
                }
            }
            return -1;
        }
    }

    private static String label(Path root, Path file) {
        Path base = Files.isRegularFile(root) ? root.getParent() : root;
        String name = base == null ? file.getFileName().toString()
                : (base.getFileName() == null ? "" : base.getFileName() + "/") + base.relativize(file);
        return name.replace('\\', '/');
    }

    private static String ending(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
