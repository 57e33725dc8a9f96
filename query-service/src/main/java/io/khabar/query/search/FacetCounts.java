package io.khabar.query.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The numbers behind a dashboard for any {@link ArticleFilter}: articles by language, source, topic, country and
 * entity (the most frequent first), and articles per day (UTC, by publication time). One statement per facet, each
 * with the same conditions as the article list.
 */
@ApplicationScoped
public class FacetCounts {

    @Inject
    EntityManager em;
    @Inject
    ArticleSearch search;

    /** One value of a facet and how many articles have it; {@code label}/{@code type} where the value is an id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Count(String value, String label, String type, long articles) {
    }

    /** Articles published on one day. */
    public record Day(LocalDate day, long articles) {
    }

    /** Every facet for one filter. */
    public record Facets(long total, List<Count> languages, List<Count> sources, List<Count> topics,
                         List<Count> countries, List<Count> entities, List<Day> days) {
    }

    public Facets count(ArticleFilter f, int size) {
        StringBuilder where = new StringBuilder("true");
        List<Object[]> params = new ArrayList<>();
        search.where(f, where, params);
        long total = ((Number) query("select count(*) from article a where " + where, params).getSingleResult())
                .longValue();
        return new Facets(total,
                counts("select a.language, null, null, count(*) from article a where " + where
                        + " group by a.language order by 4 desc, 1 limit " + size, params),
                counts("select coalesce(a.source, ''), null, null, count(*) from article a where " + where
                        + " group by 1 order by 4 desc, 1 limit " + size, params),
                counts("select t.topic, max(t.label), null, count(*) from article a join article_topic t on"
                        + " t.article_id = a.id where " + where + " group by t.topic order by 4 desc, 1 limit " + size,
                        params),
                counts("select c.country, null, null, count(*) from article a join article_country c on"
                        + " c.article_id = a.id where " + where + " group by c.country order by 4 desc, 1 limit "
                        + size, params),
                counts("select e.id, e.name, e.type, x.n from (select ae.entity_id, count(*) as n from article a join"
                        + " article_entity ae on ae.article_id = a.id where " + where + " group by ae.entity_id"
                        + " order by 2 desc, 1 limit " + size + ") x join entity e on e.id = x.entity_id"
                        + " order by x.n desc, e.id", params),
                days("select cast(date_trunc('day', a.sort_time at time zone 'UTC') as date), count(*) from article a"
                        + " where " + where + " group by 1 order by 1", params));
    }

    private List<Count> counts(String sql, List<Object[]> params) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, params).getResultList();
        return rows.stream().map(r -> new Count((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }

    private List<Day> days(String sql, List<Object[]> params) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, params).getResultList();
        return rows.stream().map(r -> new Day(r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0],
                ((Number) r[1]).longValue())).toList();
    }

    private Query query(String sql, List<Object[]> params) {
        Query q = em.createNativeQuery(sql);
        for (Object[] p : params) {
            if (sql.contains(":" + p[0])) {
                q.setParameter((String) p[0], p[1]);
            }
        }
        return q;
    }
}
