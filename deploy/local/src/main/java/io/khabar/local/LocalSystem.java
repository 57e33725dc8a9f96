package io.khabar.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

    private final KhabarStack stack;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Settings settings;
    private final Map<String, String> env;
    private ServiceProcess ingest;
    private final ServiceProcess enrich;
    private final ServiceProcess query;

    private LocalSystem(Settings settings, Map<String, String> env, KhabarStack stack, ServiceProcess ingest,
                        ServiceProcess enrich, ServiceProcess query) {
        this.settings = settings;
        this.env = env;
        this.stack = stack;
        this.ingest = ingest;
        this.enrich = enrich;
        this.query = query;
        // in stopping order: intake first, storage last, so that what is in flight can drain
        services.add(ingest);
        services.add(enrich);
        services.add(query);
    }

    /** Starts the stack, then the three services, and waits until every one is ready. */
    public static LocalSystem start(Settings s, Duration readyTimeout) throws IOException, InterruptedException {
        KhabarStack stack = KhabarStack.start(s.stack());
        List<ServiceProcess> started = new ArrayList<>();
        try {
            Map<String, String> env = new java.util.HashMap<>(stack.serviceEnvironment());
            env.put("KHABAR_INGEST_ACCESS_API_KEYS", s.apiKey());
            env.putAll(s.serviceEnv());
            Path logs = s.stack().home().resolve("logs");
            ServiceProcess query = ServiceProcess.start(s.root(), "query-service", s.queryPort(), env, logs, s.jvmOptions());
            started.add(query);
            ServiceProcess enrich = ServiceProcess.start(s.root(), "enrich-service", s.enrichPort(), env, logs, s.jvmOptions());
            started.add(enrich);
            ServiceProcess ingest = ServiceProcess.start(s.root(), "ingest-service", s.ingestPort(), env, logs, s.jvmOptions());
            started.add(ingest);
            for (ServiceProcess p : started) {
                p.awaitReady(readyTimeout);
            }
            return new LocalSystem(s, env, stack, ingest, enrich, query);
        } catch (IOException | InterruptedException | RuntimeException e) {
            started.forEach(ServiceProcess::close);
            stack.close();
            throw e;
        }
    }

    /** Stops ingest-service (gracefully) and starts it again on the same port and configuration. */
    public synchronized void restartIngest(Duration readyTimeout) throws IOException, InterruptedException {
        ingest.close();
        ServiceProcess again = ServiceProcess.start(settings.root(), "ingest-service", settings.ingestPort(), env,
                settings.stack().home().resolve("logs"), settings.jvmOptions());
        services.set(services.indexOf(ingest), again);
        ingest = again;
        again.awaitReady(readyTimeout);
    }

    public KhabarStack stack() {
        return stack;
    }

    public String ingestUrl() {
        return ingest.baseUrl();
    }

    public String enrichUrl() {
        return enrich.baseUrl();
    }

    public String queryUrl() {
        return query.baseUrl();
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Stops the services (ingest, enrich, query; each gracefully), then the stack. */
    @Override
    public void close() throws IOException {
        for (ServiceProcess p : services) {
            p.close();
        }
        stack.close();
    }
}
