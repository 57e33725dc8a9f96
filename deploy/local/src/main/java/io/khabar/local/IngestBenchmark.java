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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.stack.KhabarStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khabar bench-ingest}: sustained ingest throughput and latency against the embedded broker on this machine,
 * next to the broker's own producer throughput measured in the same run. Starts its own ephemeral broker and one
 * ingest-service process; prints a markdown table.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = "Measures single-article and batch ingest (articles/s, p50/p99) against the raw producer rate.")
public class IngestBenchmark implements Callable<Integer> {

    private static final String KEY = "bench-key";
    private final ObjectMapper json = new ObjectMapper();

    @Option(names = "--seconds", defaultValue = "20", description = "Length of each measured phase (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients posting single articles (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--batch-clients", defaultValue = "2", description = "Concurrent clients posting batches (default ${DEFAULT-VALUE}).")
    int batchClients;

    @Option(names = "--batch-size", defaultValue = "500", description = "Articles a batch (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--producer-records", defaultValue = "200000", description = "Records for the raw producer baseline (default ${DEFAULT-VALUE}).")
    int producerRecords;

    /** Figures of one phase. */
    record Phase(String name, long articles, double seconds, long[] latenciesMicros) {
        double rate() {
            return articles / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
        }
    }

    @Override
    public Integer call() throws Exception {
        Path root = KhabarLocal.projectRoot();
        List<String> corpus = corpus(root.resolve("seeds"));
        KhabarStack.Settings settings = KhabarStack.Settings.ephemeral(false);
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try (KhabarStack stack = KhabarStack.start(settings)) {
            Map<String, String> env = new HashMap<>(stack.serviceEnvironment());
            env.put("KHABAR_INGEST_ACCESS_API_KEYS", KEY);
            env.put("KHABAR_INGEST_ACCESS_REQUESTS_PER_SECOND", "1000000");
            env.put("KHABAR_INGEST_ACCESS_BURST", "1000000");
            int port = KhabarStack.freePort();
            try (ServiceProcess ingest = ServiceProcess.start(root, "ingest-service", port, env,
                    settings.home().resolve("logs"), List.of("-Xmx1g"))) {
                ingest.awaitReady(Duration.ofMinutes(2));
                String url = ingest.baseUrl();
                say("Warming up ...");
                singles(url, corpus, Math.max(3, seconds / 4), "warm-up");
                batches(url, corpus, Math.max(3, seconds / 4), "warm-up-batch");
                Phase producer = producer(stack.kafkaBootstrapServers(), corpus);
                Phase single = singles(url, corpus, seconds, "single");
                Phase batch = batches(url, corpus, seconds, "batch");
                report(producer, single, batch, corpus);
            }
        }
        return 0;
    }

    /** Seed texts, the measured payload; every article gets a unique suffix so that none is a duplicate. */
    static List<String> corpus(Path seeds) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : ArticleImporter.files(seeds)) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        if (texts.isEmpty()) {
            throw new IOException("no seed articles in " + seeds);
        }
        return texts;
    }

    private Phase producer(String bootstrap, List<String> corpus) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("compression.type", "zstd");
        // the same batching as ingest-service's producer, so that the baseline is what the broker allows it
        p.put("batch.size", "1048576");
        p.put("linger.ms", "5");
        p.put("max.request.size", "16777216");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            values.add(json.writeValueAsString(Map.of("schemaVersion", 1, "id", "x" + i, "text", corpus.get(i),
                    "format", "json", "receivedAt", "2026-01-01T00:00:00Z")));
        }
        say("Raw producer baseline: " + producerRecords + " records ...");
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < producerRecords; i++) {
                producer.send(new ProducerRecord<>("bench.raw", "k" + i, values.get(i % values.size())));
            }
            producer.flush();
        }
        return new Phase("raw producer (acks=all, idempotent, zstd)", producerRecords,
                (System.nanoTime() - start) / 1e9, new long[0]);
    }

    private Phase singles(String url, List<String> corpus, int phaseSeconds, String name) throws Exception {
        say("Single articles: " + clients + " clients for " + phaseSeconds + " s ...");
        return run(clients, phaseSeconds, name, (client, n) -> {
            String body = json.writeValueAsString(Map.of("text", corpus.get(n % corpus.size()) + "\n[" + name + " "
                    + client + "-" + n + "]"));
            return new Request(URI.create(url + "/api/v1/articles"), "application/json", body, 1);
        });
    }

    private Phase batches(String url, List<String> corpus, int phaseSeconds, String name) throws Exception {
        say("Batches of " + batchSize + ": " + batchClients + " clients for " + phaseSeconds + " s ...");
        return run(batchClients, phaseSeconds, name, (client, n) -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < batchSize; i++) {
                b.append(json.writeValueAsString(Map.of("text", corpus.get(i % corpus.size()) + "\n[" + name + " "
                        + client + "-" + n + "-" + i + "]"))).append('\n');
            }
            return new Request(URI.create(url + "/api/v1/articles/batch"), "application/x-ndjson", b.toString(),
                    batchSize);
        });
    }

    private record Request(URI uri, String type, String body, int articles) {
    }

    private interface RequestMaker {
        Request make(int client, int n) throws IOException;
    }

    private Phase run(int threads, int phaseSeconds, String name, RequestMaker maker) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong articles = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(phaseSeconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < threads; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int n = 0; System.nanoTime() < end; n++) {
                    Request r = maker.make(client, n);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(r.uri())
                            .header("Content-Type", r.type()).header("X-Api-Key", KEY)
                            .POST(HttpRequest.BodyPublishers.ofString(r.body())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    latencies.add((System.nanoTime() - t0) / 1000);
                    if (response.statusCode() != 202 && response.statusCode() != 200) {
                        throw new IOException(name + ": " + response.statusCode() + " " + response.body());
                    }
                    articles.addAndGet(r.articles());
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Phase(name, articles.get(), elapsed, all.stream().mapToLong(Long::longValue).toArray());
    }

    private void report(Phase producer, Phase single, Phase batch, List<String> corpus) {
        int avg = (int) corpus.stream().mapToInt(s -> s.getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
        say("");
        say("Ingest benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", seed-sized articles (" + avg + " bytes on average), " + seconds + " s a phase");
        say("");
        say("| phase | articles | articles/s | p50 ms | p99 ms | share of raw producer rate |");
        say("|---|---|---|---|---|---|");
        line(producer, producer);
        line(new Phase("single article (" + clients + " clients)", single.articles(), single.seconds(),
                single.latenciesMicros()), producer);
        line(new Phase("batch of " + batchSize + " (" + batchClients + " clients; latency per batch)",
                batch.articles(), batch.seconds(), batch.latenciesMicros()), producer);
    }

    private static void line(Phase p, Phase producer) {
        say(String.format("| %s | %d | %.0f | %s | %s | %.0f%% |", p.name(), p.articles(), p.rate(),
                p.latenciesMicros().length == 0 ? "–" : String.format("%.1f", p.percentileMillis(0.50)),
                p.latenciesMicros().length == 0 ? "–" : String.format("%.1f", p.percentileMillis(0.99)),
                100.0 * p.rate() / producer.rate()));
    }

    private static void say(String s) {
        System.out.println(s);
    }
}
