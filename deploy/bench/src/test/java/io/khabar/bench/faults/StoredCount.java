package io.khabar.bench.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.khabar.stack.KhabarStack;

/**
 * Counts a case's articles in query-service's database, by the case's URL prefix: how many are stored, which accepted
 * ones are missing (lost), which stored ones were never accepted (invented), and how many titles are stored more
 * than once (duplicated; every article of a case has a title of its own).
 */
final class StoredCount {

    /** The count of one case. */
    record Count(int stored, Set<String> lost, Set<String> invented, int duplicated) {
    }

    private final KhabarStack stack;

    StoredCount(KhabarStack stack) {
        this.stack = stack;
    }

    /** Waits until every accepted article is stored (or {@code timeout}), then counts. */
    Count await(String caseName, Set<String> accepted, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Count c = count(caseName, accepted);
        while (!c.lost().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            c = count(caseName, accepted);
        }
        return c;
    }

    /** The stored titles of a case's articles. */
    List<String> titles(String caseName) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
             PreparedStatement ps = c.prepareStatement("select title from article where url like ?")) {
            ps.setString(1, FaultArticles.urlPrefix(caseName) + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    titles.add(rs.getString(1));
                }
            }
        }
        return titles;
    }

    Count count(String caseName, Set<String> accepted) throws SQLException {
        Map<String, Integer> titles = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int rows = 0;
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
             PreparedStatement ps = c.prepareStatement("select id, title from article where url like ?")) {
            ps.setString(1, FaultArticles.urlPrefix(caseName) + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    ids.add(rs.getString(1));
                    titles.merge(rs.getString(2), 1, Integer::sum);
                }
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // query-service has not made its tables yet
                return new Count(0, Set.copyOf(accepted), Set.of(), 0);
            }
            throw e;
        }
        Set<String> lost = new HashSet<>(accepted);
        lost.removeAll(ids);
        Set<String> invented = new HashSet<>(ids);
        invented.removeAll(accepted);
        int duplicated = titles.values().stream().mapToInt(n -> n - 1).sum() + (rows - ids.size());
        return new Count(rows, lost, invented, duplicated);
    }
}
