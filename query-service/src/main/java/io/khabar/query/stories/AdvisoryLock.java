package io.khabar.query.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** PostgreSQL's transaction-scoped advisory locks: one instance of the cluster at a time does a job. */
final class AdvisoryLock {

    private AdvisoryLock() {
    }

    /** Whether this transaction now holds {@code key} (released at its end); false when another holds it. */
    static boolean tryTake(Connection c, long key) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
