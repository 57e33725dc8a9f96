package io.khabar.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.khabar.local.QueryMix.Kind;
import io.khabar.stack.KhabarStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khabar bench-query}: storage throughput and query latency of query-service on this machine. Starts its own
 * ephemeral broker and database and one query-service process, publishes a generated corpus of enriched articles
 * ({@link EnrichedCorpus}) and measures how fast it is stored ({@link StoragePhase}), then runs concurrent clients
 * with a mix of typical requests ({@link QueryMix}, {@link QueryLoad}); prints markdown tables and writes the figures
 * as JSON ({@link QueryReport}).
 */
@Command(name = "bench-query", mixinStandardHelpOptions = true,
        description = "Measures query-service: storage of enriched articles (articles/s) and typical queries "
                + "(requests/s, p50/p95/p99) at concurrent clients.")
public class QueryBenchmark implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "100000", description = "Articles in the corpus (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent query clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Length of the measured query phase (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warm-up-seconds", defaultValue = "10", description = "Unmeasured queries first, with the same "
            + "mix and clients, so that the JIT and PostgreSQL's caches are warm (default ${DEFAULT-VALUE}).")
    int warmUpSeconds;

    @Option(names = "--service-jvm-option", description = "Extra JVM option for the query-service process, e.g. "
            + "-XX:StartFlightRecording=filename=query.jfr to profile it (repeatable).")
    List<String> serviceJvmOptions = new ArrayList<>();

    @Option(names = "--out", defaultValue = "deploy/local/target/bench-query.json", description = "Where to write the figures as "
            + "JSON (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--storage-warm-up", defaultValue = "20000", description = "The first this many articles of the "
            + "corpus are stored unmeasured, so that storage is measured once query-service's code is compiled "
            + "(default ${DEFAULT-VALUE}).")
    int storageWarmUp;

    @Option(names = "--paused-while-publishing", description = "query-service is stopped while the measured articles are "
            + "published and let go once all are on the broker, so that it stores and assigns the whole backlog "
            + "without the load generator competing for the cores.")
    boolean pausedWhilePublishing;

    @Option(names = "--without-stories", description = "query-service runs with its near-copy and story assigner "
            + "off (khabar.query.duplicates.refresh=off) and the storage phase does not wait for stories: what storing "
            + "alone costs.")
    boolean withoutStories;

    @Option(names = "--alone-seconds", defaultValue = "15", description = "Then each kind alone, with the same "
            + "clients, for this long after 3 s of warm-up; 0 skips it (default ${DEFAULT-VALUE}).")
    int aloneSeconds;

    @Option(names = "--kinds", split = ",", description = "Only these kinds of request: ${COMPLETION-CANDIDATES} "
            + "(default all).")
    List<Kind> onlyKinds = new ArrayList<>();

    @Option(names = "--home", description = "Keep the broker and database in this directory instead of a temporary "
            + "one; a later run with the same --home and --articles finds the corpus stored and goes straight to the "
            + "queries (for comparing changes to the read side).")
    Path home;

    @Override
    public Integer call() throws Exception {
        Path root = KhabarLocal.projectRoot();
        say("Making the corpus's parts ...");
        EnrichedCorpus corpus = new EnrichedCorpus(new CorpusTexts().load(root), EntityPool.load(root), root, 1);
        QueryReport report = new QueryReport(this, corpus);
        KhabarStack.Settings settings = home == null ? KhabarStack.Settings.ephemeral(true)
                : KhabarStack.Settings.kept(home.toAbsolutePath());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try (KhabarStack stack = KhabarStack.start(settings)) {
            int port = KhabarStack.freePort();
            try (ServiceProcess query = ServiceProcess.start(root, "query-service", port, stack.serviceEnvironment(),
                    settings.home().resolve("logs"), jvmOptions());
                 Connection db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword())) {
                // on Ctrl-C the service is stopped too (the embedded PostgreSQL stops itself, the broker is in here)
                Thread stop = new Thread(query::close, "bench-query-stop");
                Runtime.getRuntime().addShutdownHook(stop);
                try {
                    query.awaitReady(Duration.ofMinutes(2));
                    measure(stack, query, db, settings.home().resolve("postgres"), corpus, report);
                } finally {
                    try {
                        Runtime.getRuntime().removeShutdownHook(stop);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running: it stops the service
                    }
                }
            }
        }
        report.write(out);
        say("");
        say("Figures written to " + out.toAbsolutePath());
        return 0;
    }

    /** Storage, then queries; {@code postgresData} is where {@link KhabarStack} keeps the cluster. */
    private void measure(KhabarStack stack, ServiceProcess query, Connection db, Path postgresData,
                         EnrichedCorpus corpus, QueryReport report) throws Exception {
        report.database(settings(db));
        long stored = count(db);
        if (stored == articles) {
            say("Storage: skipped, the " + articles + " articles are already stored in " + home);
        } else if (stored > 0) {
            throw new IllegalStateException(home + " holds " + stored + " articles, not " + articles
                    + ": use another --home or the same --articles");
        } else {
            StoragePhase storage = new StoragePhase(stack.kafkaBootstrapServers(), db, query, postgresData,
                    !withoutStories);
            int warmUp = Math.max(0, Math.min(storageWarmUp, articles / 2));
            if (warmUp > 0) {
                say("Storage: warming up, " + warmUp + " articles stored unmeasured ...");
                storage.run(corpus, 0, warmUp, Duration.ofSeconds(120));
            }
            say("Storage: publishing " + (articles - warmUp) + " articles to " + StoragePhase.TOPIC
                    + (pausedWhilePublishing ? " with query-service paused, then letting it store them ..."
                    : " while query-service stores them ..."));
            report.storage(storage.run(corpus, warmUp, articles, Duration.ofSeconds(120), pausedWhilePublishing));
            report.printStorage();
        }
        try (Statement s = db.createStatement()) {
            // the planner's statistics and the visibility map as they are in a system that has run a while
            // (autovacuum); straight after a bulk load, every index scan also visits the table to check visibility
            s.execute("vacuum analyze");
        }
        report.databaseSize(size(db));
        QueryMix mix = new QueryMix(query.baseUrl(), corpus);
        QueryLoad load = new QueryLoad(mix);
        Map<Kind, String> skipped = load.probe();
        List<Kind> kinds = new ArrayList<>(onlyKinds.isEmpty() ? List.of(Kind.values()) : onlyKinds);
        kinds.removeAll(skipped.keySet());
        skipped.values().forEach(QueryBenchmark::say);
        say("Queries: warming up, " + clients + " clients for " + warmUpSeconds + " s ...");
        load.run(kinds, clients, warmUpSeconds, 1);
        say("Queries: " + clients + " clients for " + seconds + " s ...");
        CpuMeter cpu = new CpuMeter(query, postgresData);
        Map<Kind, QueryLoad.KindResult> results = new EnumMap<>(Kind.class);
        results.putAll(load.run(kinds, clients, seconds, 2));
        Map<String, Double> cores = cpu.cores();
        skipped.forEach((k, why) -> results.put(k, new QueryLoad.KindResult(k, 0, seconds, new long[0], 0, null,
                why)));
        report.queries(results, cores, mix.wordCount());
        report.printQueries();
        if (aloneSeconds > 0) {
            Map<Kind, QueryLoad.KindResult> alone = new EnumMap<>(Kind.class);
            Map<Kind, Map<String, Double>> aloneCores = new EnumMap<>(Kind.class);
            for (Kind k : kinds) {
                say("Queries: " + k.label + " alone, " + clients + " clients for " + aloneSeconds + " s ...");
                load.run(List.of(k), clients, 3, 3);
                CpuMeter meter = new CpuMeter(query, postgresData);
                alone.putAll(load.run(List.of(k), clients, aloneSeconds, 4));
                aloneCores.put(k, meter.cores());
            }
            report.alone(alone, aloneCores);
            report.printAlone();
        }
    }

    private static long count(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx1g"));
        if (withoutStories) {
            options.add("-Dkhabar.query.duplicates.refresh=off"); // Quarkus: "off" disables a @Scheduled method
        }
        options.addAll(serviceJvmOptions);
        return options;
    }

    /** The PostgreSQL settings the figures depend on most. */
    private static Map<String, String> settings(Connection db) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (String name : List.of("server_version", "shared_buffers", "work_mem", "synchronous_commit", "fsync",
                    "max_connections")) {
                try (ResultSet rs = s.executeQuery("show " + name)) {
                    rs.next();
                    out.put(name, rs.getString(1));
                }
            }
        }
        return out;
    }

    private static String size(Connection db) throws Exception {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void say(String s) {
        System.out.println(s);
    }
}
