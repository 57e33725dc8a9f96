package io.khabar.query.stories;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.khabar.query.config.QueryConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.persistence.EntityManager;

/**
 * Marks near-copies: every stored article, in the order articles were stored (ArticleStream's position), is compared
 * with the articles of its language seen before it that share a band of its MinHash signature; if the closest is at
 * least {@code khabar.query.duplicates.min-similarity} alike, the article becomes a duplicate of the earliest of that
 * group. One instance at a time does this (a transaction-scoped advisory lock; the others skip their turn), one page
 * per transaction with the position, so the outcome depends only on the stored order: not on how many instances run,
 * nor on which of two copies' transactions committed first. An article whose mark changes is stored again in the
 * stream's order, so the facet index and the stream take in the change.
 */
@ApplicationScoped
public class DuplicateAssigner {

    private static final Logger LOG = Logger.getLogger(DuplicateAssigner.class);
    /** The advisory lock of this assigner: "khabar-d". */
    static final long LOCK = 0x6b68616261722d64L;
    static final String NAME = "near-copies";
    static final int PAGE = 200;

    @Inject
    EntityManager em;
    @Inject
    QueryConfig config;

    @Scheduled(every = "${khabar.query.duplicates.refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(
                        () -> em.unwrap(Session.class).doReturningWork(this::page));
            } while (n == PAGE);
        } catch (RuntimeException e) {
            LOG.warnf("near-copies not assigned this time: %s", e.getMessage());
        }
    }

    /** One page of stored articles after the position; how many were read (0 when another instance holds the lock). */
    int page(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        String[] position = position(c);
        int n = 0;
        try (PreparedStatement read = c.prepareStatement("select a.id, a.language, a.payload -> 'fingerprint' ->>"
                + " 'scheme', a.payload -> 'fingerprint' ->> 'signature', a.duplicate_of, a.duplicate_similarity,"
                + " cast(a.stored_xid as text), a.stored_seq from article a where (a.stored_xid, a.stored_seq) >"
                + " (cast(? as xid8), ?) and a.stored_xid < pg_snapshot_xmin(pg_current_snapshot())"
                + " order by a.stored_xid, a.stored_seq limit " + PAGE)) {
            read.setString(1, position[0]);
            read.setLong(2, Long.parseLong(position[1]));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    Object similarity = rs.getObject(6);
                    assign(c, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            similarity == null ? null : ((Number) similarity).doubleValue());
                    position[0] = rs.getString(7);
                    position[1] = Long.toString(rs.getLong(8));
                    n++;
                }
            }
        }
        if (n > 0) {
            try (PreparedStatement save = c.prepareStatement("update assigner_position set xid = cast(? as xid8),"
                    + " seq = ? where name = ?")) {
                save.setString(1, position[0]);
                save.setLong(2, Long.parseLong(position[1]));
                save.setString(3, NAME);
                save.executeUpdate();
            }
        }
        return n;
    }

    private static String[] position(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into assigner_position (name, xid, seq) values (?,"
                + " cast('0' as xid8), 0) on conflict do nothing")) {
            s.setString(1, NAME);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("select cast(xid as text), seq from assigner_position"
                + " where name = ?")) {
            s.setString(1, NAME);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), Long.toString(rs.getLong(2))};
            }
        }
    }

    private void assign(Connection c, String id, String language, String scheme, String signature,
                        String wasDuplicateOf, Double wasSimilarity) throws SQLException {
        int[] minima;
        try {
            minima = signature == null ? new int[0] : NearCopies.minima(signature);
        } catch (IllegalArgumentException e) {
            minima = new int[0]; // not a signature this service can read: the article is nobody's copy
        }
        execute(c, "delete from article_band where article_id = ?", id);
        String duplicateOf = null;
        Double similarity = null;
        if (minima.length == 0) {
            execute(c, "delete from article_fingerprint where article_id = ?", id);
        } else {
            long seq = assignedSeq(c, id);
            long[] bands = NearCopies.bands(scheme, language, minima);
            String[] best = closest(c, id, language, scheme, minima, bands, seq);
            if (best != null && Double.parseDouble(best[1]) >= config.duplicates().minSimilarity()) {
                duplicateOf = best[0];
                similarity = Double.parseDouble(best[1]);
            }
            try (PreparedStatement s = c.prepareStatement("insert into article_fingerprint (article_id, language,"
                    + " scheme, signature, assigned_seq) values (?, ?, ?, ?, ?) on conflict (article_id) do update set"
                    + " language = excluded.language, scheme = excluded.scheme, signature = excluded.signature")) {
                s.setString(1, id);
                s.setString(2, language);
                s.setString(3, scheme);
                s.setBytes(4, Base64.getDecoder().decode(signature));
                s.setLong(5, seq);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into article_band (band_key, article_id) values"
                    + " (?, ?) on conflict do nothing")) {
                for (long band : bands) {
                    s.setLong(1, band);
                    s.setString(2, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (!Objects.equals(duplicateOf, wasDuplicateOf) || !Objects.equals(real(similarity), real(wasSimilarity))) {
            try (PreparedStatement s = c.prepareStatement("update article set duplicate_of = ?, duplicate_similarity"
                    + " = ?, stored_xid = pg_current_xact_id(), stored_seq = nextval('article_stored_seq')"
                    + " where id = ?")) {
                s.setString(1, duplicateOf);
                s.setObject(2, similarity == null ? null : similarity.floatValue(), java.sql.Types.REAL);
                s.setString(3, id);
                s.executeUpdate();
            }
        }
    }

    /** As the {@code real} column holds it. */
    private static Float real(Double d) {
        return d == null ? null : d.floatValue();
    }

    /** The order the article was first seen in, kept when it is seen again. */
    private static long assignedSeq(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select coalesce((select assigned_seq from article_fingerprint"
                + " where article_id = ?), nextval('article_assigned_seq'))")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The earliest article of the group of the closest earlier copy, and the similarity to that copy; null when no
     * earlier article shares a band. Among equally close copies the earliest wins.
     */
    private static String[] closest(Connection c, String id, String language, String scheme, int[] minima,
                                    long[] bands, long seq) throws SQLException {
        String[] best = null;
        double bestSimilarity = -1;
        long bestSeq = Long.MAX_VALUE;
        try (PreparedStatement s = c.prepareStatement("select distinct f.article_id, f.signature, f.assigned_seq,"
                + " a.duplicate_of from article_band b join article_fingerprint f on f.article_id = b.article_id"
                + " join article a on a.id = f.article_id where b.band_key = any(?) and f.assigned_seq < ?"
                + " and f.language = ? and f.scheme = ? and f.article_id <> ?")) {
            Array keys = c.createArrayOf("bigint", java.util.Arrays.stream(bands).boxed().toArray());
            s.setArray(1, keys);
            s.setLong(2, seq);
            s.setString(3, language);
            s.setString(4, scheme);
            s.setString(5, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double sim = NearCopies.similarity(minima, NearCopies.minima(rs.getBytes(2)));
                    long candidateSeq = rs.getLong(3);
                    if (sim > bestSimilarity || sim == bestSimilarity && candidateSeq < bestSeq) {
                        bestSimilarity = sim;
                        bestSeq = candidateSeq;
                        String root = rs.getString(4) == null ? rs.getString(1) : rs.getString(4);
                        best = new String[] {root, Double.toString(sim)};
                    }
                }
            }
        }
        return best;
    }

    private static void execute(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }
}
