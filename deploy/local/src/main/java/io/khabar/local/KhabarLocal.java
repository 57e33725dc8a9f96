package io.khabar.local;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.khabar.stack.KhabarStack;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code khabar} command. {@code run} (the default): starts Kafka and PostgreSQL (embedded unless configured as
 * external), the three services, imports {@code seeds/}, prints where to look, and on Ctrl-C stops everything it
 * started. {@code import}: see {@link ImportCommand}. {@code bench-ingest} and {@code bench-query}: see
 * {@link IngestBenchmark} and {@link QueryBenchmark}.
 * <p>
 * Configuration by environment variables: those of {@link KhabarStack.Settings#fromEnvironment} and
 * {@code KHABAR_INGEST_PORT} (8081), {@code KHABAR_ENRICH_PORT} (8082), {@code KHABAR_QUERY_PORT} (8080),
 * {@code KHABAR_API_KEY} (generated when unset).
 */
@Command(name = "khabar", mixinStandardHelpOptions = true, subcommands = {ImportCommand.class, IngestBenchmark.class,
        QueryBenchmark.class},
        description = "Runs Khabar on this machine, or imports articles into a running Khabar.")
public final class KhabarLocal implements Callable<Integer> {

    public static void main(String[] args) {
        String[] command = args.length == 0 ? new String[] {"run"} : args;
        System.exit(new CommandLine(new KhabarLocal()).execute(command));
    }

    @Override
    public Integer call() {
        return new CommandLine(this).execute("run");
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Starts the stack and the three services, imports seeds/, and runs until Ctrl-C.")
    int run() throws Exception {
        Path root = projectRoot();
        Map<String, String> env = System.getenv();
        KhabarStack.Settings stackSettings = KhabarStack.Settings.fromEnvironment(env, root.resolve("deploy/local/.khabar"));
        Files.createDirectories(stackSettings.home().resolve("logs"));
        // the embedded broker logs a lot: keep it in a file, warnings and up only
        System.setProperty("org.slf4j.simpleLogger.logFile", stackSettings.home().resolve("logs/stack.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");

        String apiKey = env.getOrDefault("KHABAR_API_KEY", newApiKey());
        LocalSystem.Settings settings = new LocalSystem.Settings(root, stackSettings,
                port(env, "KHABAR_INGEST_PORT", 8081), port(env, "KHABAR_ENRICH_PORT", 8082),
                port(env, "KHABAR_QUERY_PORT", 8080), List.of("-Xmx1g", "-XX:+UseSerialGC"), apiKey, Map.of());

        say("Khabar: data in " + stackSettings.home() + ", logs in " + stackSettings.home().resolve("logs"));
        say(stackSettings.externalKafka().map(k -> "Kafka: external, " + k).orElse("Kafka: embedded broker on localhost:"
                + stackSettings.kafkaPort()));
        say(stackSettings.externalJdbcUrl().map(u -> "PostgreSQL: external, " + u)
                .orElse("PostgreSQL: embedded on localhost:" + stackSettings.postgresPort()));
        long started = System.nanoTime();
        LocalSystem system = LocalSystem.start(settings, Duration.ofMinutes(3));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("\nKhabar: stopping the services and the stack ...");
            try {
                system.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("Khabar: stopping failed: " + e);
            }
            say("Khabar: stopped.");
            stopped.countDown();
        }, "khabar-shutdown"));
        say(String.format("Khabar: stack and services ready in %.1f s", (System.nanoTime() - started) / 1e9));

        loadSeeds(root.resolve("seeds"), system, apiKey);
        printHowTo(system, apiKey);
        stopped.await();
        return 0;
    }

    private static void loadSeeds(Path seeds, LocalSystem system, String apiKey)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(seeds)) {
            say("Khabar: no seeds/ folder at " + seeds + "; nothing loaded");
            return;
        }
        say("\nKhabar: importing " + seeds + " (as: java -jar deploy/local/target/khabar-local.jar import seeds)");
        List<Path> files = ArticleImporter.files(seeds);
        ArticleImporter.Summary summary;
        try (ProgressBar bar = ImportCommand.progressBar(files.size())) {
            summary = new ArticleImporter(system.ingestUrl(), Optional.of(apiKey), 4).run(seeds, files, null,
                    f -> bar.step());
        }
        ImportCommand.print(summary);
        Map<String, JsonNode> stored = new QueryClient(system.queryUrl()).awaitStored(summary.ids(),
                Duration.ofMinutes(2));
        stored.values().stream().sorted(java.util.Comparator.comparing(a -> a.path("source").asText())).forEach(a -> say(String.format("  %-32s %s  language %s (%.2f)", a.path("source").asText(), a.path("id").asText(),
                a.at("/language/code").asText(), a.at("/language/confidence").asDouble())));
    }

    private static String newApiKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void printHowTo(LocalSystem system, String apiKey) {
        String bootstrap = system.stack().kafkaBootstrapServers();
        say("""

                Try it:
                  Web page:               %1$s/   (live feed, search, articles, entities, stories, map)
                  Articles (query API):   %1$s/api/v1/articles
                  Persian only:           %1$s/api/v1/articles?language=fa
                  Swagger UI:             %1$s/q/swagger-ui   (ingest: %2$s/q/swagger-ui)
                  Health and metrics:     %1$s/q/health   %1$s/q/metrics
                  API key for writes:     %4$s
                  Post an article:        curl -i -H 'X-Api-Key: %4$s' -H 'Content-Type: application/json' \\
                                            -d '{"text":"Die Verteidigungsminister haben eine Note unterzeichnet."}' \\
                                            %2$s/api/v1/articles
                  Import a folder:        KHABAR_API_KEY=%4$s java -jar deploy/local/target/khabar-local.jar import <dir>
                  Watch articles.enriched (Kafka at %3$s), e.g. with Kafka's console consumer:
                                          kafka-console-consumer.sh --bootstrap-server %3$s \\
                                            --topic articles.enriched --from-beginning --property print.headers=true

                Ctrl-C stops everything.""".formatted(system.queryUrl(), system.ingestUrl(), bootstrap, apiKey));
    }

    /** The checkout this jar was built in: {@code -Dkhabar.root}, else three levels above the jar. */
    public static Path projectRoot() throws URISyntaxException {
        String configured = System.getProperty("khabar.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        Path jar = Path.of(KhabarLocal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // deploy/local/target/khabar-local.jar (or .../target/classes when run from an IDE)
        return jar.getParent().getParent().getParent().getParent().toAbsolutePath();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return Integer.parseInt(env.getOrDefault(name, Integer.toString(fallback)));
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
