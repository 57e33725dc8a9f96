package io.khabar.query.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.khabar.query.config.QueryConfig;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps {@link FacetIndex} a faithful copy of the stored articles: it reads them in the order they were stored (the
 * position of {@link ArticleStream}: storing transaction, then sequence, only transactions older than every one still
 * running), so an article stored or re-stored by any instance of the service is taken in once its transaction has
 * committed and never skipped ({@link StoredOrder}). Then it reads the near-copy marks that changed, in their own
 * order. The first pass loads every article; after that the background refresh and every facet request take in what
 * is new, usually nothing (two index probes).
 */
@ApplicationScoped
public class FacetIndexSync {

    private static final Logger LOG = Logger.getLogger(FacetIndexSync.class);
    static final int PAGE = 5000;
    private static final String READ = "select a.id, a.sort_time, a.language, a.source, cast(a.stored_xid as text),"
            + " a.stored_seq, array(select t.topic from article_topic t where t.article_id = a.id),"
            + " array(select t.label from article_topic t where t.article_id = a.id),"
            + " array(select c.country from article_country c where c.article_id = a.id),"
            + " array(select e.entity_id from article_entity e where e.article_id = a.id),"
            + " exists (select 1 from article_fingerprint d where d.article_id = a.id and d.duplicate_of is not null)"
            + " from article a where " + StoredOrder.after("a.stored_xid", "a.stored_seq", "?", "?") + " limit " + PAGE;
    /** Near-copy marks in the order they changed (migration V5). */
    static final String MARKS = "select f.article_id, f.duplicate_of is not null, cast(f.marked_xid as text),"
            + " f.marked_seq from article_fingerprint f where " + StoredOrder.after("f.marked_xid", "f.marked_seq", "?",
            "?") + " limit " + PAGE;

    @Inject
    AgroalDataSource db;
    @Inject
    QueryConfig config;

    private final FacetIndex index = new FacetIndex();
    private final Map<String, String> topicLabels = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    /** {@link System#nanoTime()} when the latest catch-up began. */
    private volatile long lastStart;
    private volatile boolean started;

    /**
     * The index, brought up to every article committed before {@code since} (a {@link System#nanoTime()} taken when
     * the request arrived); empty while the first load is under way or when the index is switched off.
     *
     * @throws PersistenceException when PostgreSQL cannot be read
     */
    public Optional<FacetIndex> upTo(long since) {
        if (!config.facets().inMemory() || !loaded) {
            return Optional.empty();
        }
        try {
            catchUp(since);
        } catch (SQLException e) {
            throw new PersistenceException("the facet index could not catch up: " + e.getMessage(), e);
        }
        return Optional.of(index);
    }

    /** The index as it is, without catching up; empty while the first load is under way or when switched off. */
    public Optional<FacetIndex> current() {
        return config.facets().inMemory() && loaded ? Optional.of(index) : Optional.empty();
    }

    /** A topic's label as the articles give it. */
    public String topicLabel(String topic) {
        return topicLabels.get(topic);
    }

    @Scheduled(every = "${khabar.query.facets.refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (!config.facets().inMemory()) {
            return;
        }
        try {
            catchUp(System.nanoTime());
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("facet index not refreshed, PostgreSQL counts until it is: %s", e.getMessage());
        }
    }

    /** Reads what was stored since the last pass; a pass that began after {@code since} already covers it. */
    private void catchUp(long since) throws SQLException {
        if (started && lastStart - since > 0) {
            return;
        }
        synchronized (this) {
            if (started && lastStart - since > 0) {
                return;
            }
            lastStart = System.nanoTime();
            started = true;
            int n;
            do {
                n = page();
            } while (n == PAGE);
            // then the near-copy marks that changed: an article not yet taken in gets its mark when it is
            do {
                n = marks();
            } while (n == PAGE);
            if (!loaded) {
                loaded = true;
                LOG.infof("facet index loaded: %d articles", index.size());
            }
        }
    }

    /** Where a reader stands in one feed: the last row's transaction id and sequence number. */
    private static final class Position {
        String xid = "0";
        long seq;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private final Position articles = new Position();
    private final Position marks = new Position();

    private int page() throws SQLException {
        return read(READ, articles, rs -> {
            OffsetDateTime t = rs.getObject(2, OffsetDateTime.class);
            List<String> topics = strings(rs.getArray(7));
            List<String> labels = strings(rs.getArray(8));
            for (int i = 0; i < topics.size(); i++) {
                if (labels.get(i) != null) {
                    topicLabels.put(topics.get(i), labels.get(i));
                }
            }
            index.put(new FacetIndex.Row(rs.getString(1), micros(t), rs.getString(3), rs.getString(4), topics,
                    strings(rs.getArray(9)), strings(rs.getArray(10)), rs.getBoolean(11), rs.getLong(6)));
        }, 5);
    }

    private int marks() throws SQLException {
        return read(MARKS, marks, rs -> index.markDuplicate(rs.getString(1), rs.getBoolean(2)), 3);
    }

    /** One page of a feed after {@code at}; {@code xidColumn} and the next column are each row's position. */
    private int read(String sql, Position at, RowReader reader, int xidColumn) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, at.xid);
            ps.setLong(2, at.seq);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                    at.xid = rs.getString(xidColumn);
                    at.seq = rs.getLong(xidColumn + 1);
                    n++;
                }
            }
            return n;
        }
    }

    static long micros(OffsetDateTime t) {
        return Math.addExact(Math.multiplyExact(t.toEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
