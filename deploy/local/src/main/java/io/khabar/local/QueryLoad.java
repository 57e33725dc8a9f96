package io.khabar.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import io.khabar.local.QueryMix.Kind;

/**
 * Concurrent clients against query-service's REST API, each sending one request after another (HTTP/1.1, a
 * connection each), every request of a kind drawn at random from the active kinds; latency per request and errors
 * (any status but 200, or no answer within 30 s) per kind.
 */
public final class QueryLoad {

    /**
     * Where the requests come from: the mix's request of each kind, made from what a source draws with {@code r} (an
     * entity and a date range, a word, the start of a name) from the articles it knows.
     */
    public interface Requests {

        /** The query service's base URL. */
        String baseUrl();

        /** {@code entity=…&from=…&to=…} for a filtered list or facets. */
        String entityAndDates(Random r);

        /** A word to search for. */
        String word(Random r);

        /** The first letters of an entity's name. */
        String prefix(Random r);

        /** One request of {@code kind}; only what that kind needs is drawn. */
        default URI next(Kind kind, Random r) {
            String query = switch (kind) {
                case FILTERED -> "/api/v1/articles?" + entityAndDates(r) + "&limit=20";
                case FULL_TEXT -> "/api/v1/articles?q=" + enc(word(r)) + "&limit=20";
                case RELEVANCE -> "/api/v1/articles?q=" + enc(word(r)) + "&sort=relevance&limit=20";
                case FACETS -> "/api/v1/facets?" + (r.nextBoolean() ? entityAndDates(r) : "q=" + enc(word(r)));
                case ENTITIES -> "/api/v1/entities?q=" + enc(prefix(r));
            };
            return URI.create(baseUrl() + query);
        }

        /** {@code s} encoded for a query parameter. */
        static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Figures of one kind: latencies in microseconds; {@code skipped} says why a kind was not run. */
    public record KindResult(Kind kind, long requests, double seconds, long[] latenciesMicros, long errors,
                             String firstError, String skipped) {
        public double rate() {
            return requests / seconds;
        }

        /** Nearest-rank percentile in milliseconds (NaN without requests). */
        public double percentileMillis(double p) {
            return BenchSupport.percentileMillis(latenciesMicros, p); // kept sorted
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Requests mix;

    public QueryLoad(Requests mix) {
        this.mix = mix;
    }

    /** Kinds whose endpoint answers 404 to a first request (not there yet), with the reason; the others run. */
    public Map<Kind, String> probe() throws IOException, InterruptedException {
        Map<Kind, String> missing = new EnumMap<>(Kind.class);
        Random r = new Random(3);
        for (Kind k : Kind.values()) {
            URI uri = mix.next(k, r);
            HttpResponse<String> response = send(uri);
            if (response.statusCode() == 404) {
                missing.put(k, "skipped: " + uri.getPath() + " answers 404 (no such endpoint in this build)");
            }
        }
        return missing;
    }

    /** {@code clients} clients for {@code seconds}, drawing from {@code kinds}; one result per kind. */
    public Map<Kind, KindResult> run(List<Kind> kinds, int clients, int seconds, long seed) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<Kind, AtomicReference<String>> firstErrors = new EnumMap<>(Kind.class);
        kinds.forEach(k -> firstErrors.put(k, new AtomicReference<>()));
        List<Future<Map<Kind, Recorder>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Random r = EnrichedCorpus.random(seed, c);
            results.add(pool.submit(() -> {
                Map<Kind, Recorder> mine = new EnumMap<>(Kind.class);
                kinds.forEach(k -> mine.put(k, new Recorder()));
                while (System.nanoTime() < end) {
                    Kind k = kinds.get(r.nextInt(kinds.size()));
                    URI uri = mix.next(k, r);
                    long t0 = System.nanoTime();
                    String error;
                    try {
                        HttpResponse<String> response = send(uri);
                        error = response.statusCode() == 200 ? null : response.statusCode() + " "
                                + response.body().substring(0, Math.min(500, response.body().length()));
                    } catch (IOException e) {
                        error = e.toString();
                    }
                    mine.get(k).add((System.nanoTime() - t0) / 1000, error != null);
                    if (error != null) {
                        firstErrors.get(k).compareAndSet(null, "GET " + uri + " -> " + error);
                    }
                }
                return mine;
            }));
        }
        Map<Kind, Recorder> all = new EnumMap<>(Kind.class);
        kinds.forEach(k -> all.put(k, new Recorder()));
        for (Future<Map<Kind, Recorder>> f : results) {
            f.get().forEach((k, rec) -> all.get(k).addAll(rec));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Map<Kind, KindResult> out = new EnumMap<>(Kind.class);
        all.forEach((k, rec) -> {
            long[] sorted = Arrays.copyOf(rec.micros, rec.size);
            Arrays.sort(sorted);
            out.put(k, new KindResult(k, rec.size, elapsed, sorted, rec.errors, firstErrors.get(k).get(), null));
        });
        return out;
    }

    private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept",
                "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Latencies of one client and kind, unboxed. */
    private static final class Recorder {
        long[] micros = new long[1024];
        int size;
        long errors;

        void add(long latency, boolean error) {
            if (size == micros.length) {
                micros = Arrays.copyOf(micros, size * 2);
            }
            micros[size++] = latency;
            errors += error ? 1 : 0;
        }

        void addAll(Recorder other) {
            for (int i = 0; i < other.size; i++) {
                add(other.micros[i], false);
            }
            errors += other.errors;
        }
    }
}
