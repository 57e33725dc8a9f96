package io.khabar.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.khabar.local.QueryLoad.KindResult;
import io.khabar.local.QueryMix.Kind;

/** {@code bench-query}'s figures: printed as markdown tables, and written as JSON for machines. */
final class QueryReport {

    /** Sustained storage the issue asks for, in articles per second. */
    static final int STORAGE_TARGET = 1000;

    private final Map<String, Object> json = new LinkedHashMap<>();
    private StoragePhase.Result storage;
    private Map<Kind, KindResult> queries;
    private Map<String, Double> queryCores;
    private Map<Kind, KindResult> alone;
    private Map<Kind, Map<String, Double>> aloneCores;

    QueryReport(QueryBenchmark b, EnrichedCorpus corpus) {
        json.put("benchmark", "bench-query");
        json.put("date", Instant.now().toString());
        json.put("machine", ordered("cores", Runtime.getRuntime().availableProcessors(),
                "java", Runtime.version().toString(), "os", System.getProperty("os.name") + " "
                        + System.getProperty("os.version")));
        json.put("settings", ordered("articles", b.articles, "clients", b.clients, "seconds", b.seconds,
                "warmUpSeconds", b.warmUpSeconds, "aloneSeconds", b.aloneSeconds,
                "storageWarmUp", b.storageWarmUp, "serviceJvmOptions",
                b.serviceJvmOptions));
        json.put("corpus", ordered("texts", CorpusTexts.origins(corpus.texts()),
                "entities", corpus.entities().size(), "sources", corpus.sourceCount()));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    void database(Map<String, String> settings) {
        json.put("postgres", new LinkedHashMap<>(settings));
    }

    @SuppressWarnings("unchecked")
    void databaseSize(String size) {
        ((Map<String, Object>) json.get("postgres")).put("databaseSizeAfterStorage", size);
    }

    @SuppressWarnings("unchecked")
    void storage(StoragePhase.Result s) {
        storage = s;
        ((Map<String, Object>) json.get("corpus")).put("languages", s.languages());
        ((Map<String, Object>) json.get("corpus")).put("averageRecordBytes", s.bytes() / s.articles());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", s.articles());
        m.put("publishSeconds", s.publishSeconds());
        m.put("publishRate", s.articles() / s.publishSeconds());
        m.put("storedAtPublishEnd", s.storedAtPublishEnd());
        m.put("allStoredSeconds", s.totalSeconds());
        m.put("overallRate", s.articles() / s.totalSeconds());
        m.put("sustainedRate", sustained(s) ? s.drained() / s.drainSeconds() : null);
        m.put("inStoriesWhenAllStored", s.assignedAtStoreEnd());
        m.put("allInStoriesSeconds", s.assignedSeconds());
        m.put("storyRate", s.stories() ? s.articles() / s.assignedSeconds() : null);
        m.put("pausedWhilePublishing", s.paused());
        m.put("storyRateAfterPublishing", s.stories() ? s.articles() / s.assignedAfterPublishingSeconds() : null);
        m.put("withStories", s.stories());
        if (s.paused()) { // otherwise the work done while publishing is not counted
            m.put("coresUntilInStories", s.coresUntilInStories());
            m.put("cpuMillisPerArticle", s.cpuMillisPerArticle());
        }
        m.put("target", STORAGE_TARGET);
        m.put("coresWhilePublishing", s.coresWhilePublishing());
        m.put("coresAfterPublishing", s.coresAfterPublishing());
        json.put("storage", m);
    }

    void queries(Map<Kind, KindResult> results, Map<String, Double> cores, int words) {
        queries = results;
        queryCores = cores;
        json.put("queries", results.values().stream().map(r -> kindJson(r, null)).toList());
        json.put("queryCores", cores);
        json.put("searchWords", words);
    }

    /** Each kind run alone, with the CPU it took. */
    void alone(Map<Kind, KindResult> results, Map<Kind, Map<String, Double>> cores) {
        alone = results;
        aloneCores = cores;
        json.put("queriesAlone", results.values().stream().map(r -> kindJson(r, cores.get(r.kind()))).toList());
    }

    private static Map<String, Object> kindJson(KindResult r, Map<String, Double> cores) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().name().toLowerCase());
        m.put("label", r.kind().label);
        if (r.skipped() != null) {
            m.put("skipped", r.skipped());
        } else {
            m.put("requests", r.requests());
            m.put("requestsPerSecond", r.rate());
            m.put("p50Ms", r.percentileMillis(0.50));
            m.put("p95Ms", r.percentileMillis(0.95));
            m.put("p99Ms", r.percentileMillis(0.99));
            m.put("errors", r.errors());
            m.put("firstError", r.firstError());
        }
        m.put("targetP99Ms", r.kind().targetP99Ms == 0 ? null : r.kind().targetP99Ms);
        m.put("targetMet", r.kind().targetP99Ms == 0 || r.skipped() != null ? null
                : r.errors() == 0 && r.percentileMillis(0.99) < r.kind().targetP99Ms);
        if (cores != null) {
            m.put("cores", cores);
        }
        return m;
    }

    private static boolean sustained(StoragePhase.Result s) {
        return s.drained() > 0 && s.drainSeconds() >= 1;
    }

    void printStorage() {
        StoragePhase.Result s = storage;
        say("");
        say("Query benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + "; corpus " + json.get("corpus") + "; PostgreSQL " + json.get("postgres"));
        say("");
        say("| storage | articles | s | articles/s | target | CPU cores: query-service | CPU cores: PostgreSQL "
                + "| CPU cores: broker + producer |");
        say("|---|---|---|---|---|---|---|---|");
        if (s.paused()) {
            row("publish to " + StoragePhase.TOPIC + " (one producer; query-service paused)", s.articles(),
                    s.publishSeconds(), "–", s.coresWhilePublishing());
            row("stored from the backlog of them all, once let go (sustained, " + (s.stories()
                    ? "stories assigned meanwhile)" : "no stories)"), s.articles(), s.drainSeconds(),
                    "≥ " + STORAGE_TARGET, s.coresAfterPublishing());
            if (!s.stories()) {
                say("");
                say(String.format("Average record %,d bytes of JSON; no stories (--without-stories: the assigner"
                        + " off); %.2f ms of CPU an article (query-service and PostgreSQL, from the end of publishing"
                        + " until all were stored).", s.bytes() / s.articles(), s.cpuMillisPerArticle()));
                return;
            }
            row("all in stories (StoryAssigner, behind the storing), from the end of publishing", s.articles(),
                    s.assignedAfterPublishingSeconds(), "≥ " + STORAGE_TARGET, s.coresUntilInStories());
            say("");
            say(String.format("Average record %,d bytes of JSON; %,d in stories when all were stored; %.2f ms of CPU"
                    + " an article (query-service and PostgreSQL, from the end of publishing until all were in"
                    + " stories).", s.bytes() / s.articles(), s.assignedAtStoreEnd(), s.cpuMillisPerArticle()));
            return;
        }
        row("publish to " + StoragePhase.TOPIC + " (one producer; query-service storing meanwhile)", s.articles(),
                s.publishSeconds(), "–", s.coresWhilePublishing());
        if (sustained(s)) {
            row("stored after publishing ended (sustained, from a backlog)", s.drained(), s.drainSeconds(),
                    "≥ " + STORAGE_TARGET, s.coresAfterPublishing());
        } else {
            say("| stored after publishing ended | " + s.drained() + " | – | – | ≥ " + STORAGE_TARGET + " | – | – | – |"
                    + " (query-service kept up with the producer: see the next line)");
        }
        row("all stored, from the start of publishing", s.articles(), s.totalSeconds(), "≥ " + STORAGE_TARGET,
                Map.of());
        if (s.stories()) {
            row("all in stories (StoryAssigner, behind the storing), from the start of publishing", s.articles(),
                    s.assignedSeconds(), "≥ " + STORAGE_TARGET, Map.of());
        }
        say("");
        say(String.format("Average record %,d bytes of JSON; %,d stored when publishing ended; %s.",
                s.bytes() / s.articles(), s.storedAtPublishEnd(), s.stories()
                        ? String.format("%,d in stories when all were stored", s.assignedAtStoreEnd())
                        : "no stories (--without-stories)"));
    }

    private static void row(String name, long n, double seconds, String target, Map<String, Double> cores) {
        say(String.format("| %s | %d | %.1f | %.0f | %s | %s | %s | %s |", name, n, seconds, n / seconds, target,
                core(cores, "query-service"), core(cores, "postgres"), core(cores, "broker + load generator")));
    }

    private static String core(Map<String, Double> cores, String key) {
        Double c = cores.get(key);
        return c == null ? "–" : String.format("%.2f", c);
    }

    void printQueries() {
        say("");
        say("All kinds at once:");
        table(queries, null);
        say("");
        say("CPU cores during the measured queries: query-service " + core(queryCores, "query-service")
                + ", PostgreSQL " + core(queryCores, "postgres") + ", load generator + broker "
                + core(queryCores, "broker + load generator") + ".");
        for (KindResult r : queries.values()) {
            if (r.firstError() != null) {
                say("First error of " + r.kind().label + ": " + r.firstError());
            }
        }
    }

    void printAlone() {
        say("");
        say("Each kind alone, the same clients:");
        table(alone, aloneCores);
        for (KindResult r : alone.values()) {
            if (r.firstError() != null) {
                say("First error of " + r.kind().label + " alone: " + r.firstError());
            }
        }
    }

    private static void table(Map<Kind, KindResult> results, Map<Kind, Map<String, Double>> cores) {
        say("| request | requests | requests/s | p50 ms | p95 ms | p99 ms | errors | target p99 | met |"
                + (cores == null ? "" : " CPU cores: query-service | CPU cores: PostgreSQL |"));
        say("|---|---|---|---|---|---|---|---|---|" + (cores == null ? "" : "---|---|"));
        for (KindResult r : results.values()) {
            String target = r.kind().targetP99Ms == 0 ? "–" : "< " + r.kind().targetP99Ms + " ms";
            if (r.skipped() != null) {
                say("| " + r.kind().label + " | " + r.skipped() + " | | | | | | " + target + " | – |"
                        + (cores == null ? "" : " | |"));
                continue;
            }
            String met = r.kind().targetP99Ms == 0 ? "–"
                    : r.errors() == 0 && r.percentileMillis(0.99) < r.kind().targetP99Ms ? "yes" : "no";
            say(String.format("| %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %s | %s |", r.kind().label, r.requests(),
                    r.rate(), r.percentileMillis(0.50), r.percentileMillis(0.95), r.percentileMillis(0.99),
                    r.errors(), target, met) + (cores == null ? "" : " " + core(cores.get(r.kind()), "query-service")
                    + " | " + core(cores.get(r.kind()), "postgres") + " |"));
        }
    }

    void write(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
    }

    private static void say(String s) {
        System.out.println(s);
    }
}
