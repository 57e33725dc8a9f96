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
    /** Instances by name ({@code enrich-service}, {@code enrich-service-2}, ...), in stopping order. */
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
                system.services.put(e.getKey(), system.launch(e.getKey(), e.getKey(), e.getValue()));
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

    private ServiceProcess launch(String service, String instance, int port) throws IOException {
        return ServiceProcess.start(settings.root(), service, instance, port, env,
                settings.stack().home().resolve("logs"), settings.jvmOptions());
    }

    /**
     * Starts one more instance of {@code service} (another member of its consumer group) on a free port and waits
     * until it is ready; it is named {@code <service>-2}, {@code -3}, ... and stopped with the others.
     */
    public synchronized ServiceProcess addInstance(String service, Duration readyTimeout)
            throws IOException, InterruptedException {
        int n = 2;
        while (services.containsKey(service + "-" + n)) {
            n++;
        }
        String instance = service + "-" + n;
        ServiceProcess p = launch(service, instance, KhabarStack.freePort());
        services.put(instance, p);
        p.awaitReady(readyTimeout);
        return p;
    }

    /** Stops ingest-service (gracefully) and starts it again on the same port and configuration. */
    public void restartIngest(Duration readyTimeout) throws IOException, InterruptedException {
        instance(INGEST).close();
        restart(INGEST, readyTimeout);
    }

    /** Kills an instance at once (SIGKILL), as a crash would; {@link #restart} brings it back. */
    public void kill(String instance) throws InterruptedException {
        instance(instance).kill();
    }

    /**
     * Starts an instance that was stopped or killed again, on the same port and configuration (its log goes on), and
     * waits until it is ready.
     */
    public synchronized void restart(String instance, Duration readyTimeout) throws IOException, InterruptedException {
        ServiceProcess old = instance(instance);
        String service = instance.matches(".*-\\d+") ? instance.substring(0, instance.lastIndexOf('-')) : instance;
        ServiceProcess again = launch(service, instance, old.port());
        services.put(instance, again);
        again.awaitReady(readyTimeout);
    }

    /** The running instance of that name ({@code query-service}, {@code query-service-2}, ...). */
    public synchronized ServiceProcess instance(String name) {
        ServiceProcess p = services.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no instance named " + name + "; there are " + services.keySet());
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

    /** Stops the services (ingest, enrich, query, then any added instances; each gracefully), then the stack. */
    @Override
    public void close() throws IOException {
        for (ServiceProcess p : services()) {
            p.close();
        }
        stack.close();
    }
}
