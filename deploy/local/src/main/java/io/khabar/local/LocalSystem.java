package io.khabar.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.khabar.stack.KhabarStack;

/** The whole of Khabar on one machine: the stack (embedded or external) and the three services as processes. */
public final class LocalSystem implements AutoCloseable {

    /**
     * Where things are and which ports the services listen on.
     *
     * @param root        the project checkout (holds the services' {@code target/} and {@code seeds/})
     * @param stack       Kafka and PostgreSQL
     * @param ingestPort  HTTP port of ingest-service
     * @param enrichPort  HTTP port of enrich-service
     * @param queryPort   HTTP port of query-service
     * @param jvmOptions  options for every service JVM
     * @param apiKey      the key ingest-service requires for writes
     * @param serviceEnv  further environment for every service (configuration overrides)
     */
    public record Settings(Path root, KhabarStack.Settings stack, int ingestPort, int enrichPort, int queryPort,
                           List<String> jvmOptions, String apiKey, Map<String, String> serviceEnv) {
    }

    /** Names of the three services, which are also their module directories. */
    public static final String INGEST = "ingest-service";
    public static final String ENRICH = "enrich-service";
    public static final String QUERY = "query-service";

    private final KhabarStack stack;
    private final Settings settings;
    private final Map<String, String> env;
    /** The services' processes by name, in stopping order. */
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private LocalSystem(Settings settings, Map<String, String> env, KhabarStack stack) {
        this.settings = settings;
        this.env = env;
        this.stack = stack;
    }

    /** Starts the stack, then the three services, and waits until every one is ready. */
    public static LocalSystem start(Settings s, Duration readyTimeout) throws IOException, InterruptedException {
        KhabarStack stack = KhabarStack.start(s.stack());
        Map<String, String> env = new HashMap<>(stack.serviceEnvironment());
        env.put("KHABAR_INGEST_ACCESS_API_KEYS", s.apiKey());
        env.putAll(s.serviceEnv());
        LocalSystem system = new LocalSystem(s, env, stack);
        try {
            // in stopping order: intake first, storage last, so that what is in flight can drain
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put(INGEST, s.ingestPort());
            ports.put(ENRICH, s.enrichPort());
            ports.put(QUERY, s.queryPort());
            for (Map.Entry<String, Integer> e : ports.entrySet()) {
                system.services.put(e.getKey(), system.launch(e.getKey(), e.getValue()));
            }
            for (ServiceProcess p : system.services.values()) {
                p.awaitReady(readyTimeout);
            }
            return system;
        } catch (IOException | InterruptedException | RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private ServiceProcess launch(String service, int port) throws IOException {
        return ServiceProcess.start(settings.root(), service, port, env, settings.stack().home().resolve("logs"),
                settings.jvmOptions());
    }

    /** Stops ingest-service (gracefully) and starts it again on the same port and configuration. */
    public void restartIngest(Duration readyTimeout) throws IOException, InterruptedException {
        instance(INGEST).close();
        restart(INGEST, readyTimeout);
    }

    /** Kills a service at once (SIGKILL), as a crash would; {@link #restart} brings it back. */
    public void kill(String service) throws InterruptedException {
        instance(service).kill();
    }

    /**
     * Starts a service that was stopped or killed again, on the same port and configuration (its log goes on), and
     * waits until it is ready.
     */
    public synchronized void restart(String service, Duration readyTimeout) throws IOException, InterruptedException {
        ServiceProcess again = launch(service, instance(service).port());
        services.put(service, again);
        again.awaitReady(readyTimeout);
    }

    /** The process of a service ({@link #INGEST}, {@link #ENRICH} or {@link #QUERY}). */
    public synchronized ServiceProcess instance(String service) {
        ServiceProcess p = services.get(service);
        if (p == null) {
            throw new IllegalArgumentException("no service named " + service + "; there are " + services.keySet());
        }
        return p;
    }

    public KhabarStack stack() {
        return stack;
    }

    /** The key ingest-service accepts for writes. */
    public String apiKey() {
        return settings.apiKey();
    }

    public String ingestUrl() {
        return instance(INGEST).baseUrl();
    }

    public String enrichUrl() {
        return instance(ENRICH).baseUrl();
    }

    public String queryUrl() {
        return instance(QUERY).baseUrl();
    }

    public synchronized List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    /** Stops the services (ingest, enrich, query; each gracefully), then the stack. */
    @Override
    public void close() throws IOException {
        for (ServiceProcess p : services()) {
            p.close();
        }
        stack.close();
    }
}
