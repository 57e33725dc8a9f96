package io.khabar.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.khabar.local.CorpusTexts;
import io.khabar.local.LocalSystem;
import io.khabar.stack.KhabarStack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The end-to-end benchmark: on an embedded broker and database of its own, with the three services as processes,
 * it measures in one run the broker alone ({@link BrokerPhase}), the pass-through baseline ({@link PassThroughPhase}),
 * Khabar's sustained throughput from {@code POST} to queryable ({@link PipelinePhase}), the ingest→queryable latency
 * at a fixed offered rate ({@link LatencyPhase}) and query latency under concurrent clients, and writes
 * {@code result.json}, {@code report.md} and {@code timeline.png} ({@link BenchReport}).
 */
@Command(name = "khabar-bench", mixinStandardHelpOptions = true,
        description = "Pushes a corpus of real articles through the whole pipeline and a pass-through baseline on one "
                + "broker and database, and reports throughput, latency, CPU, memory, lag and the bottleneck.")
public final class KhabarBench implements Callable<Integer> {

    static final List<Sampler.Group> GROUPS = List.of(new Sampler.Group("enrich-service", "articles.raw"),
            new Sampler.Group("query-service", "articles.enriched"));

    @Option(names = "--articles", defaultValue = "10000", description = "Articles for the throughput phase and the "
            + "baseline (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warm-up", defaultValue = "2000", description = "Articles sent through the pipeline first, "
            + "unmeasured, so that the services' code is compiled (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--broker-records", defaultValue = "200000", description = "Records for the broker's own "
            + "throughput (default ${DEFAULT-VALUE}).")
    int brokerRecords;

    @Option(names = "--rate", defaultValue = "200", description = "Offered articles/s in the latency phase "
            + "(default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "30", description = "Length of the latency phase (default "
            + "${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--sustainable-share", defaultValue = "0.5", description = "Then the latency again at this share "
            + "of the steady rate the throughput phase measured; 0 skips it (default ${DEFAULT-VALUE}).")
    double sustainableShare;

    @Option(names = "--query-clients", defaultValue = "20", description = "Concurrent query clients (default "
            + "${DEFAULT-VALUE}).")
    int queryClients;

    @Option(names = "--query-seconds", defaultValue = "20", description = "Length of the query phase (default "
            + "${DEFAULT-VALUE}).")
    int querySeconds;

    @Option(names = "--batch-size", defaultValue = "500", description = "Articles a batch in the throughput phase "
            + "(default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--service-env", description = "Extra environment for every service, KEY=VALUE (repeatable), "
            + "e.g. KHABAR_ENRICH_ENTITIES_MODELS=/path/to/models.")
    Map<String, String> serviceEnv = new LinkedHashMap<>();

    @Option(names = "--service-jvm-option", description = "Extra JVM option for every service (repeatable).")
    List<String> serviceJvmOptions = new ArrayList<>();

    @Option(names = "--out", defaultValue = "deploy/bench/target/report", description = "Folder for result.json, "
            + "report.md and timeline.png (default ${DEFAULT-VALUE}).")
    Path out;

    private static String commandLine = "";

    public static void main(String[] args) {
        commandLine = "java -jar deploy/bench/target/khabar-bench.jar" + (args.length == 0 ? "" : " "
                + String.join(" ", args));
        System.exit(new CommandLine(new KhabarBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path root = projectRoot();
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<CorpusTexts.Text> texts = new CorpusTexts().load(root);
        PipelineCorpus corpus = new PipelineCorpus(texts, Files.readAllLines(
                root.resolve("enrich-service/src/main/resources/khabar/outlets.txt"), StandardCharsets.UTF_8), 1);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("articles", articles);
        settings.put("warmUp", warmUp);
        settings.put("rate", rate);
        settings.put("latencySeconds", latencySeconds);
        settings.put("queryClients", queryClients);
        settings.put("serviceEnv", serviceEnv);
        BenchReport report = new BenchReport(commandLine, settings, CorpusTexts.origins(texts));
        KhabarStack.Settings stackSettings = KhabarStack.Settings.ephemeral(true);
        String apiKey = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
        jvm.addAll(serviceJvmOptions);
        say("Starting the embedded broker and database and the three services ...");
        try (LocalSystem system = LocalSystem.start(new LocalSystem.Settings(root, stackSettings,
                KhabarStack.freePort(), KhabarStack.freePort(), KhabarStack.freePort(), jvm, apiKey, serviceEnv),
                Duration.ofMinutes(3));
             Connection db = connect(system.stack());
             Connection passDb = connect(system.stack());
             Sampler sampler = new Sampler(system.stack().kafkaBootstrapServers(), db,
                     new ProcessStats(system.services(), stackSettings.home().resolve("postgres")), GROUPS)) {
            Thread stop = new Thread(() -> close(system), "khabar-bench-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                new BenchRun(this, system, corpus, texts, db, passDb, sampler, report).run();
            } finally { // the services' logs, before the ephemeral stack deletes them
                copyLogs(stackSettings.home().resolve("logs"), out.resolve("logs"));
            }
            Runtime.getRuntime().removeShutdownHook(stop);
        }
        report.write(out, GROUPS.stream().map(Sampler.Group::id).toList());
        say("\nReport: " + out.resolve("report.md").toAbsolutePath() + " (figures in result.json, chart in "
                + "timeline.png)");
        return 0;
    }

    private static void copyLogs(Path from, Path to) throws java.io.IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Connection connect(KhabarStack stack) throws java.sql.SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
    }

    private static void close(LocalSystem system) {
        try {
            system.close();
        } catch (Exception e) {
            System.err.println("stopping: " + e);
        }
    }

    /** The checkout: {@code -Dkhabar.root}, else three levels above {@code deploy/bench/target/khabar-bench.jar}. */
    static Path projectRoot() throws java.net.URISyntaxException {
        String configured = System.getProperty("khabar.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        Path jar = Path.of(KhabarBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().getParent().getParent().getParent().toAbsolutePath();
    }

    static void say(String line) {
        System.out.println(line);
    }
}
