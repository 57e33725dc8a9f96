package io.khabar.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The infrastructure Khabar runs on: a Kafka broker and a PostgreSQL database, either embedded (started here, data
 * under one directory) or external (only their addresses are passed on).
 * <p>
 * Used by the local run command ({@code deploy/local}) and by every integration test of the build.
 */
public final class KhabarStack implements AutoCloseable {

    /** Name of the database the query service uses. */
    public static final String DATABASE = "khabar";

    private final Settings settings;
    private EmbeddedKafkaBroker kafka;
    private EmbeddedPostgresServer postgres;

    private KhabarStack(Settings settings, EmbeddedKafkaBroker kafka, EmbeddedPostgresServer postgres) {
        this.settings = settings;
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /**
     * Where the stack keeps its data and which parts are external.
     *
     * @param home          directory for the embedded broker's log ({@code kafka/}) and database cluster
     *                      ({@code postgres/})
     * @param kafkaPort     client port of the embedded broker
     * @param controllerPort KRaft controller port of the embedded broker
     * @param postgresPort  port of the embedded PostgreSQL
     * @param externalKafka bootstrap servers of an external Kafka; when present no broker is started
     * @param externalJdbcUrl JDBC URL of an external PostgreSQL; when present no database is started
     * @param dbUser        database user
     * @param dbPassword    database password
     * @param deleteOnClose delete {@code home} on close (tests)
     * @param database      whether the stack has a database at all (a service without one needs none)
     */
    public record Settings(Path home, int kafkaPort, int controllerPort, int postgresPort,
                           Optional<String> externalKafka, Optional<String> externalJdbcUrl,
                           String dbUser, String dbPassword, boolean deleteOnClose, boolean database) {

        /**
         * Settings from environment variables: {@code KHABAR_HOME} (default {@code defaultHome}),
         * {@code KHABAR_KAFKA_BOOTSTRAP_SERVERS}, {@code KHABAR_DB_URL}, {@code KHABAR_DB_USER},
         * {@code KHABAR_DB_PASSWORD}, {@code KHABAR_KAFKA_PORT} (9092), {@code KHABAR_POSTGRES_PORT} (54320).
         */
        public static Settings fromEnvironment(Map<String, String> env, Path defaultHome) {
            Path home = Path.of(env.getOrDefault("KHABAR_HOME", defaultHome.toString())).toAbsolutePath();
            int kafkaPort = Integer.parseInt(env.getOrDefault("KHABAR_KAFKA_PORT", "9092"));
            return new Settings(home, kafkaPort, Integer.parseInt(env.getOrDefault("KHABAR_KAFKA_CONTROLLER_PORT",
                    Integer.toString(kafkaPort + 1))),
                    Integer.parseInt(env.getOrDefault("KHABAR_POSTGRES_PORT", "54320")),
                    nonBlank(env.get("KHABAR_KAFKA_BOOTSTRAP_SERVERS")), nonBlank(env.get("KHABAR_DB_URL")),
                    env.getOrDefault("KHABAR_DB_USER", EmbeddedPostgresServer.USER),
                    env.getOrDefault("KHABAR_DB_PASSWORD", "postgres"), false, true);
        }

        /** Embedded broker and database in a fresh temporary directory on free ports, deleted on close. */
        public static Settings ephemeral() {
            return ephemeral(true);
        }

        /** An embedded broker and, if {@code database}, a database, in a temporary directory deleted on close. */
        public static Settings ephemeral(boolean database) {
            try {
                Path home = Files.createTempDirectory("khabar-stack-");
                return new Settings(home, freePort(), freePort(), freePort(), Optional.empty(), Optional.empty(),
                        EmbeddedPostgresServer.USER, "postgres", true, database);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** An embedded broker and database kept in {@code home} (reused if it holds them) on free ports. */
        public static Settings kept(Path home) {
            return new Settings(home, freePort(), freePort(), freePort(), Optional.empty(), Optional.empty(),
                    EmbeddedPostgresServer.USER, "postgres", false, true);
        }

        private static Optional<String> nonBlank(String s) {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
        }
    }

    /** Starts whatever part of the stack is not external. */
    public static KhabarStack start(Settings settings) throws IOException {
        EmbeddedKafkaBroker kafka = null;
        if (settings.externalKafka().isEmpty()) {
            kafka = EmbeddedKafkaBroker.start(settings.home().resolve("kafka"), settings.kafkaPort(),
                    settings.controllerPort(), 2);
        }
        EmbeddedPostgresServer postgres = null;
        try {
            if (settings.database() && settings.externalJdbcUrl().isEmpty()) {
                postgres = EmbeddedPostgresServer.start(settings.home().resolve("postgres"), settings.postgresPort(),
                        DATABASE);
            }
        } catch (IOException | RuntimeException e) {
            if (kafka != null) {
                kafka.close();
            }
            throw e;
        }
        return new KhabarStack(settings, kafka, postgres);
    }

    public String kafkaBootstrapServers() {
        return settings.externalKafka().orElse("localhost:" + settings.kafkaPort());
    }

    /** Stops the embedded broker (to test what happens without one); {@link #startKafka()} brings it back. */
    public synchronized void stopKafka() {
        if (kafka == null) {
            throw new IllegalStateException("no embedded broker is running");
        }
        kafka.close();
        kafka = null;
    }

    /** Starts the embedded broker again on the same port and log: what was written before is still there. */
    public synchronized void startKafka() throws IOException {
        if (kafka != null || settings.externalKafka().isPresent()) {
            throw new IllegalStateException("the broker is running or external");
        }
        kafka = EmbeddedKafkaBroker.start(settings.home().resolve("kafka"), settings.kafkaPort(),
                settings.controllerPort(), 2);
    }

    /** Stops the embedded database (to test what happens without one); {@link #startPostgres()} brings it back. */
    public synchronized void stopPostgres() throws IOException {
        if (postgres == null) {
            throw new IllegalStateException("no embedded database is running");
        }
        postgres.close();
        postgres = null;
    }

    /** Starts the embedded database again on the same port and cluster: what was stored before is still there. */
    public synchronized void startPostgres() throws IOException {
        if (postgres != null || !settings.database() || settings.externalJdbcUrl().isPresent()) {
            throw new IllegalStateException("the database is running, external or not part of this stack");
        }
        postgres = EmbeddedPostgresServer.start(settings.home().resolve("postgres"), settings.postgresPort(), DATABASE);
    }

    /** @throws IllegalStateException when the stack has no database */
    public String jdbcUrl() {
        if (!settings.database()) {
            throw new IllegalStateException("this stack was started without a database");
        }
        // the embedded database's address holds while it is stopped, too
        return settings.externalJdbcUrl().orElse("jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + DATABASE);
    }

    public String dbUser() {
        return settings.dbUser();
    }

    public String dbPassword() {
        return settings.dbPassword();
    }

    public Settings settings() {
        return settings;
    }

    /** The stack's addresses as Quarkus configuration properties. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        if (settings.database()) {
            config.put("quarkus.datasource.jdbc.url", jdbcUrl());
            config.put("quarkus.datasource.username", dbUser());
            config.put("quarkus.datasource.password", dbPassword());
        }
        return config;
    }

    /** The same as {@link #quarkusConfig()}, spelled as environment variables for a service process. */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        quarkusConfig().forEach((k, v) -> env.put(k.toUpperCase().replace('.', '_').replace('-', '_'), v));
        return env;
    }

    @Override
    public void close() throws IOException {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            if (settings.deleteOnClose()) {
                deleteRecursively(settings.home());
            }
        }
    }

    /** A TCP port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
