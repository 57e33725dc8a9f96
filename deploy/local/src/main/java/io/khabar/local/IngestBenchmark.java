package io.khabar.local;

import java.io.ByteArrayOutputStream;
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

    @Option(names = "--warm-up-seconds", defaultValue = "10", description = "Unmeasured run before each kind of "
            + "phase, so that every phase is measured after the JIT has compiled its path (default ${DEFAULT-VALUE}).")
    int warmUpSeconds;

    @Option(names = "--service-jvm-option", description = "Extra JVM option for the ingest-service process, e.g. "
            + "-XX:StartFlightRecording=filename=ingest.jfr to profile it (repeatable).")
    List<String> serviceJvmOptions = new ArrayList<>();

    /** Figures of one phase. */
    record Phase(String name, long articles, double seconds, long[] latenciesMicros, double serviceCores,
                 double ownCores) {
        double rate() {
            return articles / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            return BenchSupport.percentileMillis(sorted, p);
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
                    settings.home().resolve("logs"), jvmOptions())) {
                ingest.awaitReady(Duration.ofMinutes(2));
                String url = ingest.baseUrl();
                Bodies bodies = new Bodies(corpus);
                say("Warming up ...");
                producer(stack.kafkaBootstrapServers(), corpus, ingest, warmUpSeconds, "warm-up");
                singles(url, bodies, warmUpSeconds, "warm-up", ingest);
                batches(url, bodies, warmUpSeconds, "warm-up-batch", ingest);
                // the broker's own rate swings by a third from run to run on a shared VM: measured before and after
                // the ingest phases, and the ratio taken against their mean
                Phase before = producer(stack.kafkaBootstrapServers(), corpus, ingest, seconds, "before");
                Phase single = singles(url, bodies, seconds, "single", ingest);
                Phase batch = batches(url, bodies, seconds, "batch", ingest);
                Phase after = producer(stack.kafkaBootstrapServers(), corpus, ingest, seconds, "after");
                report(before, after, single, batch, corpus);
            }
        }
        return 0;
    }

    private List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx1g"));
        options.addAll(serviceJvmOptions);
        return options;
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

    /**
     * The broker's own rate for the records ingest-service writes: the same JSON shape and size, the same CloudEvents
     * headers, every record unique (the seed text with a counter), the same producer settings.
     */
    private Phase producer(String bootstrap, List<String> corpus, ServiceProcess service, int phaseSeconds,
                           String name) throws Exception {
        // the same settings and batching as ingest-service's producer, so that the baseline is what the broker allows it
        Properties p = BenchSupport.producerConfig(bootstrap);
        String[][] values = new String[corpus.size()][];
        for (int i = 0; i < corpus.size(); i++) {
            String event = json.writeValueAsString(Map.of("schemaVersion", 1,
                    "eventId", "00000000-0000-4000-8000-000000000000", "id", "0".repeat(32),
                    "receivedAt", "2026-01-01T00:00:00.000000Z", "text", corpus.get(i) + "\n[MARK]",
                    "format", "json", "contentHash", "0".repeat(32)));
            values[i] = event.split("MARK", 2);
        }
        byte[] type = "io.khabar.article.raw".getBytes(StandardCharsets.UTF_8);
        say("Raw producer baseline (" + name + "): " + phaseSeconds + " s ...");
        Cpu cpu = new Cpu(service);
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(phaseSeconds).toNanos();
        int records = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 0; (i & 1023) != 0 || System.nanoTime() < end; i++, records++) {
                String[] v = values[i % values.length];
                String key = String.format("%s-%027x", name, i);
                ProducerRecord<String, String> record = new ProducerRecord<>("bench.raw", key, v[0] + i + v[1]);
                record.headers().add("ce_specversion", ONE).add("ce_type", type)
                        .add("ce_source", type).add("ce_id", key.getBytes(StandardCharsets.UTF_8))
                        .add("ce_subject", key.getBytes(StandardCharsets.UTF_8))
                        .add("ce_time", type).add("content-type", JSON_TYPE);
                producer.send(record);
            }
            producer.flush();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Phase("raw producer, " + name + " (acks=all, idempotent, zstd)", records, elapsed, new long[0],
                cpu.serviceCores(elapsed), cpu.ownCores(elapsed));
    }

    private static final byte[] ONE = "1.0".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON_TYPE = "application/json".getBytes(StandardCharsets.UTF_8);

    private Phase singles(String url, Bodies bodies, int phaseSeconds, String name, ServiceProcess service)
            throws Exception {
        say("Single articles: " + clients + " clients for " + phaseSeconds + " s ...");
        return run(clients, phaseSeconds, name, service, (client, n) -> new Request(
                URI.create(url + "/api/v1/articles"), "application/json",
                bodies.ndjson(name + " " + client + "-" + n, 1), 1));
    }

    private Phase batches(String url, Bodies bodies, int phaseSeconds, String name, ServiceProcess service)
            throws Exception {
        say("Batches of " + batchSize + ": " + batchClients + " clients for " + phaseSeconds + " s ...");
        return run(batchClients, phaseSeconds, name, service, (client, n) -> new Request(
                URI.create(url + "/api/v1/articles/batch"), "application/x-ndjson",
                bodies.ndjson(name + " " + client + "-" + n, batchSize), batchSize));
    }

    private record Request(URI uri, String type, byte[] body, int articles) {
    }

    private interface RequestMaker {
        Request make(int client, int n) throws IOException;
    }

    /**
     * Request bodies made by copying pre-encoded JSON around a unique marker, so that the load generator, which
     * shares the machine's cores with the broker and the service, spends next to nothing making them.
     */
    private final class Bodies {
        private final byte[][] heads;
        private final byte[] tail;

        Bodies(List<String> corpus) throws IOException {
            heads = new byte[corpus.size()][];
            String[] parts = null;
            for (int i = 0; i < corpus.size(); i++) {
                parts = json.writeValueAsString(Map.of("text", corpus.get(i) + "\n[MARK")).split("MARK", 2);
                heads[i] = parts[0].getBytes(StandardCharsets.UTF_8);
            }
            tail = (parts[1] + "\n").getBytes(StandardCharsets.UTF_8);
        }

        /** {@code articles} JSON objects one per line, each unique through {@code mark} and its position. */
        byte[] ndjson(String mark, int articles) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(articles * (heads[0].length + 64));
            for (int i = 0; i < articles; i++) {
                out.writeBytes(heads[i % heads.length]);
                out.writeBytes((mark + "-" + i + "]").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(tail);
            }
            return out.toByteArray();
        }
    }

    /** CPU used by the service and by this process (broker and load generator) from its creation on. */
    private static final class Cpu {
        private final ServiceProcess service;
        private final Duration serviceStart;
        private final Duration ownStart;

        Cpu(ServiceProcess service) {
            this.service = service;
            this.serviceStart = service.cpuTime();
            this.ownStart = own();
        }

        double serviceCores(double seconds) {
            return service.cpuTime().minus(serviceStart).toNanos() / 1e9 / seconds;
        }

        double ownCores(double seconds) {
            return own().minus(ownStart).toNanos() / 1e9 / seconds;
        }

        private static Duration own() {
            return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        }
    }

    private Phase run(int threads, int phaseSeconds, String name, ServiceProcess service, RequestMaker maker)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong articles = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(phaseSeconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> results = new ArrayList<>();
        Cpu cpu = new Cpu(service);
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
                            .POST(HttpRequest.BodyPublishers.ofByteArray(r.body())).build(),
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
        return new Phase(name, articles.get(), elapsed, all.stream().mapToLong(Long::longValue).toArray(),
                cpu.serviceCores(elapsed), cpu.ownCores(elapsed));
    }

    private void report(Phase before, Phase after, Phase single, Phase batch, List<String> corpus) {
        int avg = (int) corpus.stream().mapToInt(s -> s.getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
        say("");
        say("Ingest benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", seed-sized articles (" + avg + " bytes on average), " + seconds
                + " s a phase after " + warmUpSeconds + " s of warm-up");
        say("");
        say("| phase | articles | articles/s | p50 ms | p99 ms | share of raw producer rate "
                + "| CPU cores: ingest-service | CPU cores: broker + load generator |");
        say("|---|---|---|---|---|---|---|---|");
        Phase producer = new Phase("raw producer, mean of the two", before.articles() + after.articles(),
                before.seconds() + after.seconds(), new long[0],
                (before.serviceCores() * before.seconds() + after.serviceCores() * after.seconds())
                        / (before.seconds() + after.seconds()),
                (before.ownCores() * before.seconds() + after.ownCores() * after.seconds())
                        / (before.seconds() + after.seconds()));
        line(before, producer);
        line(after, producer);
        line(producer, producer);
        line(new Phase("single article (" + clients + " clients)", single.articles(), single.seconds(),
                single.latenciesMicros(), single.serviceCores(), single.ownCores()), producer);
        line(new Phase("batch of " + batchSize + " (" + batchClients + " clients; latency per batch)",
                batch.articles(), batch.seconds(), batch.latenciesMicros(), batch.serviceCores(), batch.ownCores()),
                producer);
    }

    private static void line(Phase p, Phase producer) {
        say(String.format("| %s | %d | %.0f | %s | %s | %.0f%% | %.2f | %.2f |", p.name(), p.articles(), p.rate(),
                p.latenciesMicros().length == 0 ? "–" : String.format("%.1f", p.percentileMillis(0.50)),
                p.latenciesMicros().length == 0 ? "–" : String.format("%.1f", p.percentileMillis(0.99)),
                100.0 * p.rate() / producer.rate(), p.serviceCores(), p.ownCores()));
    }

    private static void say(String s) {
        System.out.println(s);
    }
}
