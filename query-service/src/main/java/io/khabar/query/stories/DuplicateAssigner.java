package io.khabar.query.stories;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.khabar.query.config.QueryConfig;
import io.khabar.query.search.StoredOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.persistence.EntityManager;

/**
 * Marks near-copies: every stored article, in the order articles were stored (ArticleStream's position), is compared
 * with the originals (articles that are nobody's copy) of its language seen before it that share a band of its MinHash
 * signature; if the closest is at least {@code khabar.query.duplicates.min-similarity} alike, the article becomes its
 * duplicate. One instance at a time does this (a transaction-scoped advisory lock; the others skip their turn), one page
 * per transaction with the position, so the outcome depends only on the stored order: not on how many instances run,
 * nor on which of two copies' transactions committed first. The marks are kept in {@code article_fingerprint}, in an
 * order of their own that the facet index follows; the article row is not touched. Each page then goes, in the same
 * transaction, to {@link StoryAssigner}, which puts its articles into stories.
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
    @Inject
    StoryAssigner stories;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

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

    /** One stored article as the page reads it. */
    private record Stored(String id, String language, String scheme, int[] minima, long[] bands,
                          java.time.Instant time, StoryTerms terms, StoryEntities entities) {

        Stored(String id, String language, String scheme, int[] minima, java.time.Instant time, StoryTerms terms,
               StoryEntities entities) {
            this(id, language, scheme, minima, minima.length == 0 ? new long[0]
                    : NearCopies.bands(scheme, language, minima), time, terms, entities);
        }
    }

    /** An article with a signature, as a candidate original. */
    private record Candidate(String id, String language, String scheme, int[] minima, long seq, String duplicateOf) {
    }

    /**
     * One page of stored articles after the position; how many were read (0 when another instance holds the lock).
     * Set-based: a few statements a page, not a few an article (which had cost a fifth of the storing rate), with the
     * same outcome as taking the articles one at a time: an article already taken in this page is compared as it is
     * now, one not yet taken as the table has it.
     */
    int page(Connection c) throws SQLException {
        if (!AdvisoryLock.tryTake(c, LOCK)) {
            return 0;
        }
        String[] position = position(c);
        List<Stored> page = new ArrayList<>();
        // the payload's three parts taken apart in one call: each operator on the stored payload itself would fetch
        // and decompress the whole of it again (four times a row: 21 ms a page, against 7 this way)
        try (PreparedStatement read = c.prepareStatement("select a.id, a.language, p.fingerprint ->> 'scheme',"
                + " p.fingerprint ->> 'signature', cast(a.stored_xid as text), a.stored_seq, a.sort_time,"
                + " cast(p.\"storyTerms\" as text), cast(p.entities -> 'entities' as text) from article a"
                + " cross join lateral jsonb_to_record(a.payload) as p(fingerprint jsonb, \"storyTerms\" jsonb,"
                + " entities jsonb) where " + StoredOrder.after("a.stored_xid", "a.stored_seq", "?", "?")
                + " limit " + PAGE)) {
            read.setString(1, position[0]);
            read.setLong(2, Long.parseLong(position[1]));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    page.add(new Stored(rs.getString(1), rs.getString(2), rs.getString(3), minima(rs.getString(4)),
                            rs.getTimestamp(7).toInstant(), terms(rs.getString(8)), entities(rs.getString(9))));
                    position[0] = rs.getString(5);
                    position[1] = Long.toString(rs.getLong(6));
                }
            }
        }
        if (page.isEmpty()) {
            return 0;
        }
        Array ids = c.createArrayOf("text", page.stream().map(Stored::id).toArray());
        Map<String, Long> seqs = seqs(c, ids, page);
        Map<Long, List<Candidate>> stored = candidates(c, page);
        Map<Long, List<Candidate>> taken = new HashMap<>();
        Set<String> done = new HashSet<>();
        Map<String, Object[]> marks = new HashMap<>();
        for (Stored a : page) {
            String duplicateOf = null;
            Float similarity = null;
            if (a.minima().length > 0) {
                long seq = seqs.get(a.id());
                Candidate best = null;
                double bestSimilarity = -1;
                Set<Candidate> compared = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (long band : a.bands()) {
                    List<Candidate> all = new ArrayList<>(taken.getOrDefault(band, List.of()));
                    stored.getOrDefault(band, List.of()).stream().filter(x -> !done.contains(x.id())).forEach(all::add);
                    for (Candidate x : all) {
                        if (x.id().equals(a.id()) || x.seq() >= seq || !x.language().equals(a.language())
                                || !x.scheme().equals(a.scheme()) || !compared.add(x)) {
                            continue; // one comparison per candidate, however many bands it shares
                        }
                        double sim = NearCopies.similarity(a.minima(), x.minima());
                        if (sim > bestSimilarity || sim == bestSimilarity && x.seq() < best.seq()) {
                            bestSimilarity = sim;
                            best = x;
                        }
                    }
                }
                if (best != null && bestSimilarity >= config.duplicates().minSimilarity()) {
                    duplicateOf = best.duplicateOf() == null ? best.id() : best.duplicateOf();
                    similarity = (float) bestSimilarity;
                }
                if (duplicateOf == null) { // only originals are candidates (see write)
                    Candidate self = new Candidate(a.id(), a.language(), a.scheme(), a.minima(), seq, null);
                    for (long band : a.bands()) {
                        taken.computeIfAbsent(band, k -> new ArrayList<>()).add(self);
                    }
                }
            }
            done.add(a.id());
            marks.put(a.id(), new Object[] {duplicateOf, similarity});
        }
        write(c, ids, page, seqs, marks);
        List<StoryAssigner.Item> items = new ArrayList<>();
        for (Stored a : page) {
            items.add(new StoryAssigner.Item(new StoryMatcher.Article(a.id(), a.language(), a.time(), a.terms(),
                    a.entities()),
                    seqs.get(a.id()), (String) marks.get(a.id())[0]));
        }
        stories.assign(c, items);
        try (PreparedStatement save = c.prepareStatement("update assigner_position set xid = cast(? as xid8),"
                + " seq = ? where name = ?")) {
            save.setString(1, position[0]);
            save.setLong(2, Long.parseLong(position[1]));
            save.setString(3, NAME);
            save.executeUpdate();
        }
        return page.size();
    }

    private StoryTerms terms(String value) {
        try {
            return value == null ? StoryTerms.NONE : StoryTerms.of(json.readTree(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return StoryTerms.NONE; // not a vector this service can read: the article is linked by nothing but copies
        }
    }

    private StoryEntities entities(String value) {
        try {
            return value == null ? StoryEntities.NONE : StoryEntities.of(json.readTree(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return StoryEntities.NONE;
        }
    }

    private static int[] minima(String signature) {
        try {
            return signature == null ? new int[0] : NearCopies.minima(signature);
        } catch (IllegalArgumentException e) {
            return new int[0]; // not a signature this service can read: the article is nobody's copy
        }
    }

    /** The order each signed article of the page was first seen in, new ones numbered now. */
    private static Map<String, Long> seqs(Connection c, Array ids, List<Stored> page) throws SQLException {
        Map<String, Long> seqs = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select article_id, assigned_seq from article_fingerprint"
                + " where article_id = any(?)")) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    seqs.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<String> fresh = page.stream().filter(a -> !seqs.containsKey(a.id())).map(Stored::id).toList();
        if (!fresh.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select nextval('article_assigned_seq') from"
                    + " generate_series(1, ?)")) {
                s.setInt(1, fresh.size());
                try (ResultSet rs = s.executeQuery()) {
                    for (String id : fresh) {
                        rs.next();
                        seqs.put(id, rs.getLong(1));
                    }
                }
            }
        }
        return seqs;
    }

    /** The articles sharing a band with any article of the page, as the tables hold them, by band. */
    private static Map<Long, List<Candidate>> candidates(Connection c, List<Stored> page) throws SQLException {
        Object[] keys = page.stream().flatMapToLong(a -> java.util.Arrays.stream(a.bands())).distinct().boxed()
                .toArray();
        Map<Long, List<String>> byBand = new HashMap<>();
        Map<String, Candidate> byId = new HashMap<>();
        if (keys.length == 0) {
            return Map.of();
        }
        // one index lookup per band: with band_key = any(?) the planner chose, for a page's 3,200 bands, a
        // parallel hash join that read both tables whole (64 ms a page at 60,000 articles, growing with them; 34 ms
        // so). The ids first, then each candidate's signature once: an original shares several bands with a page's
        // near-copies, and joined per band its signature came back once per band (4,200-5,400 rows a page, a
        // quarter distinct)
        try (PreparedStatement s = c.prepareStatement("select k.key, b.article_id from unnest(?) as k(key)"
                + " cross join lateral (select article_id from article_band b where b.band_key = k.key) b")) {
            s.setArray(1, c.createArrayOf("bigint", keys));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(2);
                    byBand.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(id);
                    byId.put(id, null);
                }
            }
        }
        if (!byId.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select article_id, language, scheme, signature,"
                    + " assigned_seq, duplicate_of from article_fingerprint where article_id = any(?)")) {
                s.setArray(1, c.createArrayOf("text", byId.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byId.put(rs.getString(1), new Candidate(rs.getString(1), rs.getString(2), rs.getString(3),
                                NearCopies.minima(rs.getBytes(4)), rs.getLong(5), rs.getString(6)));
                    }
                }
            }
        }
        Map<Long, List<Candidate>> out = new HashMap<>();
        byBand.forEach((band, ids) -> out.put(band, ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .toList()));
        return out;
    }

    /**
     * The page's signatures, bands and marks replaced. A mark that changed moves to the end of the marks' order
     * ({@code marked_xid}, {@code marked_seq}), where the facet index reads it; an unchanged one stays where it was.
     */
    private static void write(Connection c, Array ids, List<Stored> page, Map<String, Long> seqs,
                              Map<String, Object[]> marks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from article_band where article_id = any(?)")) {
            s.setArray(1, ids);
            s.executeUpdate();
        }
        try (PreparedStatement f = c.prepareStatement("insert into article_fingerprint (article_id, language, scheme,"
                + " signature, assigned_seq, duplicate_of, duplicate_similarity) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (article_id) do update set language = excluded.language, scheme = excluded.scheme,"
                + " signature = excluded.signature, duplicate_of = excluded.duplicate_of,"
                + " duplicate_similarity = excluded.duplicate_similarity,"
                + " marked_xid = case when " + CHANGED + " then pg_current_xact_id()"
                + " else article_fingerprint.marked_xid end,"
                + " marked_seq = case when " + CHANGED + " then nextval('article_marked_seq')"
                + " else article_fingerprint.marked_seq end");
             PreparedStatement b = c.prepareStatement("insert into article_band (band_key, article_id) values (?, ?)"
                     + " on conflict do nothing")) {
            for (Stored a : page) {
                ByteBuffer bytes = ByteBuffer.allocate(a.minima().length * Integer.BYTES);
                for (int m : a.minima()) {
                    bytes.putInt(m);
                }
                Object[] mark = marks.get(a.id());
                f.setString(1, a.id());
                f.setString(2, a.language());
                f.setString(3, a.scheme());
                f.setBytes(4, bytes.array());
                f.setLong(5, seqs.get(a.id()));
                f.setString(6, (String) mark[0]);
                f.setObject(7, mark[1], java.sql.Types.REAL);
                f.addBatch();
                // only an original's bands are kept: a copy is found through its original, and a group of fifty
                // copies no longer answers every band lookup with fifty rows (which had been half the assigner's time)
                for (long band : mark[0] == null ? a.bands() : new long[0]) {
                    b.setLong(1, band);
                    b.setString(2, a.id());
                    b.addBatch();
                }
            }
            f.executeBatch();
            b.executeBatch();
        }
    }

    private static final String CHANGED = "(article_fingerprint.duplicate_of is distinct from excluded.duplicate_of"
            + " or article_fingerprint.duplicate_similarity is distinct from excluded.duplicate_similarity)";

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
}
