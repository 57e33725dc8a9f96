package io.khabar.query.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.khabar.query.mapping.ArticleViews.ArticleSummary;
import io.khabar.query.mapping.ArticleViews.LanguageView;

/**
 * Finds articles for an {@link ArticleFilter}, newest first or most relevant first, one keyset page at a time. The SQL
 * is assembled from fixed fragments; every value the client supplied is a bound parameter.
 */
@ApplicationScoped
public class ArticleSearch {

    /**
     * The words under each article's own text-search configuration, one indexable branch per configuration in use (a
     * single query under all of them at once would let one language's stemming undo another's "-word"). The
     * configuration names are this service's own constants, never the client's.
     */
    static String match(Collection<String> configs) {
        return "(" + configs.stream().map(c -> "(a.search_config = '" + c + "' and a.tsv @@ websearch_to_tsquery('"
                + c + "', " + (SearchText.folded(c) ? ":qFolded" : ":q") + "))").collect(Collectors.joining(" or "))
                + ")";
    }

    /** Relevance of a matching article, under its own configuration. */
    static String rank(Collection<String> configs) {
        return "ts_rank_cd(a.tsv, websearch_to_tsquery(cast(a.search_config as regconfig), case when"
                + " a.search_config in (" + SearchText.configs().stream().filter(SearchText::folded)
                .map(c -> "'" + c + "'").collect(Collectors.joining(", ")) + ") then :qFolded else :q end))";
    }

    /**
     * Binds the parameters {@code sql} names, and only those: which of {@code :q} and {@code :qFolded} a search
     * uses depends on the configurations in use, and Hibernate refuses a value for a name the statement lacks.
     */
    static void bind(Query query, String sql, List<Object[]> params) {
        for (Object[] p : params) {
            if (Pattern.compile(":" + p[0] + "\\b").matcher(sql).find()) {
                query.setParameter((String) p[0], p[1]);
            }
        }
    }

    @Inject
    EntityManager em;
    @Inject
    EntityNames names;
    @Inject
    SearchConfigs configs;

    /** A page of summaries, and whether more follow. */
    public record Page(List<ArticleSummary> items, List<PageCursor> positions, boolean more) {
    }

    public Page find(ArticleFilter f, boolean byRelevance, Optional<PageCursor> after, int limit) {
        StringBuilder where = new StringBuilder("true");
        List<Object[]> params = new ArrayList<>();
        List<List<String>> entities = f.entities().stream().map(names::resolve).toList();
        // newest first with an entity of one id: the entity's index range (entity, time, id) is walked in order and
        // the walk stops at the page's end; left to itself, the planner walked every article of the period testing
        // each for the entity, or fetched all the entity's articles and sorted them
        int driver = byRelevance || f.q().isPresent() ? -1 : IntStream.range(0, entities.size())
                .filter(i -> entities.get(i).size() == 1).findFirst().orElse(-1);
        where(f, entities, driver, where, params);
        // relevance is computed only when it orders the list
        String rank = byRelevance ? rank(configs.inUse()) : "cast(0 as real)";
        String from = "article a";
        String idAndTime = "a.id, a.sort_time";
        if (driver >= 0) {
            from = "article_entity d join article a on a.id = d.article_id";
            idAndTime = "d.article_id as id, d.sort_time as sort_time";
            where.append(" and d.entity_id = :driver");
            params.add(new Object[] {"driver", entities.get(driver).get(0)});
            f.from().ifPresent(t -> where.append(" and d.sort_time >= :from"));
            f.to().ifPresent(t -> where.append(" and d.sort_time < :to"));
        }
        String select = "select " + idAndTime + ", a.title, a.url, a.source, a.published_at, a.received_at,"
                + " a.language, a.language_confidence, a.language_reliable, a.pipeline_version, a.enriched_at, "
                + rank + " as rank from " + from + " where " + where + WINDOW;
        // words are found through the full-text index first: left to itself, the planner walked the newest-first
        // index testing every row against the words, which took seconds for a rare word in 100,000 articles
        String sql = f.q().isPresent() ? "with hits as materialized (" + select + ") select * from hits x"
                : "select * from (" + select + ") x";
        if (after.isPresent()) {
            PageCursor c = after.get();
            if (byRelevance) {
                sql += " where (x.rank < cast(:cRank as real) or (x.rank = cast(:cRank as real) and x.id < :cId))";
                params.add(new Object[] {"cRank", c.rank()});
            } else {
                // a row comparison, which the (time, id) indexes answer as a range
                sql += " where (x.sort_time, x.id) < (:cTime, :cId)";
                params.add(new Object[] {"cTime", Timestamp.from(c.sortTime())});
            }
            params.add(new Object[] {"cId", c.id()});
        }
        sql += byRelevance ? " order by x.rank desc, x.id desc" : " order by x.sort_time desc, x.id desc";
        // each row of the page with its story and original, looked up by primary key for those rows only (a second
        // statement had cost the list two fifths of its rate)
        String statement = "select p.*, (select st.story_id from article_story st where st.article_id = p.id),"
                + " (select fp.duplicate_of from article_fingerprint fp where fp.article_id = p.id) from (" + sql
                + " limit " + (limit + 1) + ") p" + (byRelevance ? " order by p.rank desc, p.id desc"
                : " order by p.sort_time desc, p.id desc");
        List<Object[]> rows = null;
        // words, newest first: the matches of the last month before the page's start are read first, then of the
        // last year, then all; a common word's page is then made from a few hundred matches instead of every one
        List<Optional<Instant>> windows = f.q().isPresent() && !byRelevance ? windows(f, after)
                : List.of(Optional.empty());
        for (Optional<Instant> window : windows) {
            rows = page(statement, params, window);
            if (rows.size() > limit) {
                break;
            }
        }
        boolean more = rows.size() > limit;
        List<ArticleSummary> items = new ArrayList<>();
        List<PageCursor> positions = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(new ArticleSummary((String) r[0], (String) r[2], (String) r[3], (String) r[4], instant(r[5]),
                    instant(r[6]), new LanguageView((String) r[7], ((Number) r[8]).doubleValue(), (Boolean) r[9]),
                    (String) r[10], instant(r[11]), (String) r[13], (String) r[14]));
            positions.add(new PageCursor(byRelevance ? PageCursor.RELEVANCE : PageCursor.TIME, instant(r[1]),
                    ((Number) r[12]).floatValue(), (String) r[0]));
        }
        return new Page(items, positions, more);
    }

    private static final String WINDOW = "/*window*/";
    private static final List<Duration> WINDOWS = List.of(Duration.ofDays(31), Duration.ofDays(366));

    @SuppressWarnings("unchecked")
    private List<Object[]> page(String statement, List<Object[]> params, Optional<Instant> window) {
        String sql = statement.replace(WINDOW, window.isPresent() ? " and a.sort_time >= :window" : "");
        Query query = em.createNativeQuery(sql);
        bind(query, sql, params);
        window.ifPresent(w -> query.setParameter("window", Timestamp.from(w)));
        return query.getResultList();
    }

    /** The lower time bounds to try, narrowest first, ending with none; they start below the page's start. */
    private List<Optional<Instant>> windows(ArticleFilter f, Optional<PageCursor> after) {
        Optional<Instant> top = after.map(PageCursor::sortTime).or(f::to);
        if (top.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object> newest = em.createNativeQuery("select sort_time from article order by sort_time desc, id desc"
                    + " limit 1").getResultList();
            top = newest.stream().findFirst().map(ArticleSearch::instant);
        }
        List<Optional<Instant>> out = new ArrayList<>();
        for (Duration span : WINDOWS) {
            Instant start = top.isEmpty() ? ArticleFilter.EARLIEST : top.get().minus(span);
            if (start.isAfter(ArticleFilter.EARLIEST) && f.from().map(start::isAfter).orElse(true)) {
                out.add(Optional.of(start));
            }
        }
        out.add(Optional.empty());
        return out;
    }

    /** Appends the filter's conditions on {@code article a}; shared with the facets and the stream. */
    void where(ArticleFilter f, StringBuilder where, List<Object[]> params) {
        where(f, f.entities().stream().map(names::resolve).toList(), -1, where, params);
    }

    /** {@link #where(ArticleFilter, StringBuilder, List)} with the entities resolved, but for {@code skip}'s. */
    private void where(ArticleFilter f, List<List<String>> entities, int skip, StringBuilder where,
                       List<Object[]> params) {
        f.q().ifPresent(q -> {
            where.append(" and ").append(match(configs.inUse()));
            params.add(new Object[] {"q", q});
            params.add(new Object[] {"qFolded", SearchText.fold(q)});
        });
        if (!f.languages().isEmpty()) {
            where.append(" and a.language in (:languages)");
            params.add(new Object[] {"languages", f.languages()});
        }
        f.story().ifPresent(story -> {
            // a story merged into another is reached by its old id too
            where.append(" and exists (select 1 from article_story st where st.article_id = a.id and st.story_id ="
                    + " coalesce((select al.into_id from story_alias al where al.id = :story), :story))");
            params.add(new Object[] {"story", story});
        });
        if (!f.sources().isEmpty()) {
            where.append(" and lower(a.source) in (:sources)");
            params.add(new Object[] {"sources", f.sources().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()});
        }
        for (int i = 0; i < entities.size(); i++) {
            if (i == skip) {
                continue;
            }
            List<String> ids = entities.get(i);
            where.append(" and exists (select 1 from article_entity e where e.article_id = a.id and e.entity_id in (:e")
                    .append(i).append("))");
            params.add(new Object[] {"e" + i, ids.isEmpty() ? List.of("") : ids});
        }
        for (int i = 0; i < f.countries().size(); i++) {
            where.append(" and exists (select 1 from article_country c where c.article_id = a.id and c.country = :c")
                    .append(i).append(")");
            params.add(new Object[] {"c" + i, f.countries().get(i)});
        }
        for (int i = 0; i < f.topics().size(); i++) {
            where.append(" and exists (select 1 from article_topic t where t.article_id = a.id and t.topic = :t")
                    .append(i).append(")");
            params.add(new Object[] {"t" + i, f.topics().get(i)});
        }
        f.from().ifPresent(t -> {
            where.append(" and a.sort_time >= :from");
            params.add(new Object[] {"from", Timestamp.from(t)});
        });
        f.to().ifPresent(t -> {
            where.append(" and a.sort_time < :to");
            params.add(new Object[] {"to", Timestamp.from(t)});
        });
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("not a time: " + o.getClass());
    }
}
