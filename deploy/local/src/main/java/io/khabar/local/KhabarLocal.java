package io.khabar.local;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.khabar.stack.KhabarStack;

/**
 * The local run command: starts Kafka and PostgreSQL (embedded unless configured as external), the three services,
 * loads {@code seeds/}, prints where to look, and on Ctrl-C stops everything it started.
 * <p>
 * Configuration by environment variables: those of {@link KhabarStack.Settings#fromEnvironment} and
 * {@code KHABAR_INGEST_PORT} (8081), {@code KHABAR_ENRICH_PORT} (8082), {@code KHABAR_QUERY_PORT} (8080).
 */
public final class KhabarLocal {

    private KhabarLocal() {
    }

    public static void main(String[] args) throws Exception {
        Path root = projectRoot();
        Map<String, String> env = System.getenv();
        KhabarStack.Settings stackSettings = KhabarStack.Settings.fromEnvironment(env, root.resolve(".khabar"));
        Files.createDirectories(stackSettings.home().resolve("logs"));
        // the embedded broker logs a lot: keep it in a file, warnings and up only
        System.setProperty("org.slf4j.simpleLogger.logFile", stackSettings.home().resolve("logs/stack.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");

        LocalSystem.Settings settings = new LocalSystem.Settings(root, stackSettings,
                port(env, "KHABAR_INGEST_PORT", 8081), port(env, "KHABAR_ENRICH_PORT", 8082),
                port(env, "KHABAR_QUERY_PORT", 8080), List.of("-Xmx1g", "-XX:+UseSerialGC"));

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

        loadSeeds(root.resolve("seeds"), system);
        printHowTo(system);
        stopped.await();
    }

    private static void loadSeeds(Path seeds, LocalSystem system) throws IOException, InterruptedException {
        if (!Files.isDirectory(seeds)) {
            say("Khabar: no seeds/ folder at " + seeds + "; nothing loaded");
            return;
        }
        SeedLoader loader = new SeedLoader(system.ingestUrl(), system.queryUrl());
        Map<String, String> ids = loader.post(SeedLoader.articlesIn(seeds));
        Map<String, JsonNode> stored = loader.awaitStored(ids.values(), Duration.ofMinutes(2));
        say("\nKhabar: loaded " + ids.size() + " seed articles from " + seeds + ":");
        ids.forEach((file, id) -> {
            JsonNode a = stored.get(id);
            say(String.format("  %-26s id %s  language %s (%.2f)", file, id, a.at("/language/code").asText(),
                    a.at("/language/confidence").asDouble()));
        });
    }

    private static void printHowTo(LocalSystem system) {
        String bootstrap = system.stack().kafkaBootstrapServers();
        say("""

                Try it:
                  Articles (query API):   %1$s/api/v1/articles
                  Persian only:           %1$s/api/v1/articles?language=fa
                  Swagger UI:             %1$s/q/swagger-ui   (ingest: %2$s/q/swagger-ui)
                  Health and metrics:     %1$s/q/health   %1$s/q/metrics
                  Post an article:        curl -i -H 'Content-Type: application/json' \\
                                            -d '{"text":"Die Verteidigungsminister haben eine Note unterzeichnet."}' \\
                                            %2$s/api/v1/articles
                  Watch articles.enriched (Kafka at %3$s), e.g. with Kafka's console consumer:
                                          kafka-console-consumer.sh --bootstrap-server %3$s \\
                                            --topic articles.enriched --from-beginning --property print.headers=true

                Ctrl-C stops everything.""".formatted(system.queryUrl(), system.ingestUrl(), bootstrap));
    }

    /** The checkout this jar was built in: {@code -Dkhabar.root}, else three levels above the jar. */
    static Path projectRoot() throws URISyntaxException {
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
