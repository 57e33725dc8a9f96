package io.khabar.query.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.khabar.query.mapping.ArticleViews.ArticleSummary;
import io.khabar.query.mapping.ArticleViews.LanguageView;

/**
 * Articles stored after a position, in the order they were stored, for {@code GET /api/v1/articles/stream}. The
 * position is the storing transaction's id and a sequence number (migration V3); only transactions older than every
 * one still running are read, so an article can never be stored behind a position a reader has passed, whichever
 * instance of the service stored it. PostgreSQL is the one place that knows the order across instances.
 */
@ApplicationScoped
public class ArticleStream {

    private static final Pattern POSITION = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    @Inject
    EntityManager em;
    @Inject
    ArticleSearch search;

    /**
     * A place in the stream; {@link #toString()} is the SSE event id, which a client sends back as
     * {@code Last-Event-ID} to resume.
     */
    public record Position(long xid, long seq) {

        /** @throws IllegalArgumentException when {@code id} is not an event id of this stream */
        public static Position parse(String id) {
            Matcher m = POSITION.matcher(id.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("'Last-Event-ID' is not an event id of this stream");
            }
            try {
                return new Position(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'Last-Event-ID' is not an event id of this stream", e);
            }
        }

        @Override
        public String toString() {
            return xid + "-" + seq;
        }
    }

    /** An article and where it stands in the stream. */
    public record Stored(Position position, ArticleSummary article) {
    }

    /** Where "from now on" begins: before every transaction still running. */
    public Position now() {
        Object xmin = em.createNativeQuery("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)")
                .getSingleResult();
        return new Position(Long.parseLong((String) xmin), 0);
    }

    /** Up to {@code limit} articles matching {@code f} stored after {@code after}, in stored order. */
    public List<Stored> after(ArticleFilter f, Position after, int limit) {
        StringBuilder where = new StringBuilder("true");
        List<Object[]> params = new ArrayList<>();
        search.where(f, where, params);
        String sql = "select a.id, a.title, a.url, a.source, a.published_at, a.received_at,"
                + " a.language, a.language_confidence, a.language_reliable, a.pipeline_version, a.enriched_at,"
                + " cast(a.stored_xid as text), a.stored_seq from article a where " + where
                + " and " + StoredOrder.after("a.stored_xid", "a.stored_seq", ":sx", ":ss") + " limit " + limit;
        params.add(new Object[] {"sx", Long.toString(after.xid())});
        params.add(new Object[] {"ss", after.seq()});
        Query q = em.createNativeQuery(sql);
        ArticleSearch.bind(q, sql, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Stored> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Stored(new Position(Long.parseLong((String) r[11]), ((Number) r[12]).longValue()),
                    new ArticleSummary((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                            ArticleSearch.instant(r[4]), ArticleSearch.instant(r[5]), new LanguageView((String) r[6],
                            ((Number) r[7]).doubleValue(), (Boolean) r[8]), (String) r[9],
                            ArticleSearch.instant(r[10]), null, null)));
        }
        return out;
    }
}
