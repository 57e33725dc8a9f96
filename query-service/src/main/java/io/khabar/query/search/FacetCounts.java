package io.khabar.query.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The numbers behind a dashboard for any {@link ArticleFilter}: articles by language, source, topic, country and
 * entity (the most frequent first), and articles per day (UTC, by publication time), all in one statement with the
 * same conditions as the article list.
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
        // the filter is evaluated once (a materialised WITH) and every facet counted from its result in the same
        // statement: seven statements each re-evaluating the filter had made facets the heaviest request
        String sql = "with f as materialized (select a.id, a.language, a.source, a.sort_time from article a where "
                + where + ") "
                + "select 'total', null, null, null, count(*) from f"
                + " union all (select 'language', f.language, null, null, count(*) from f group by f.language"
                + " order by 5 desc, 2 limit " + size + ")"
                + " union all (select 'source', coalesce(f.source, ''), null, null, count(*) from f group by 2"
                + " order by 5 desc, 2 limit " + size + ")"
                + " union all (select 'topic', t.topic, max(t.label), null, count(*) from f join article_topic t on"
                + " t.article_id = f.id group by t.topic order by 5 desc, 2 limit " + size + ")"
                + " union all (select 'country', c.country, null, null, count(*) from f join article_country c on"
                + " c.article_id = f.id group by c.country order by 5 desc, 2 limit " + size + ")"
                + " union all (select 'entity', e.id, e.name, e.type, x.n from (select ae.entity_id, count(*) as n"
                + " from f join article_entity ae on ae.article_id = f.id group by ae.entity_id order by 2 desc, 1"
                + " limit " + size + ") x join entity e on e.id = x.entity_id order by x.n desc, e.id)"
                + " union all (select 'day', cast(cast(date_trunc('day', f.sort_time at time zone 'UTC') as date)"
                + " as text), null, null, count(*) from f group by 2 order by 2)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, params).getResultList();
        long total = 0;
        Map<String, List<Count>> counts = new HashMap<>();
        List<Day> days = new ArrayList<>();
        for (Object[] r : rows) {
            String facet = (String) r[0];
            long n = ((Number) r[4]).longValue();
            switch (facet) {
                case "total" -> total = n;
                case "day" -> days.add(new Day(LocalDate.parse((String) r[1]), n));
                default -> counts.computeIfAbsent(facet, k -> new ArrayList<>())
                        .add(new Count((String) r[1], (String) r[2], (String) r[3], n));
            }
        }
        // a UNION ALL keeps no order of its own: each facet is ordered here (most frequent first), and the days by date
        Comparator<Count> order = Comparator.comparingLong(Count::articles).reversed().thenComparing(Count::value);
        counts.values().forEach(l -> l.sort(order));
        days.sort(Comparator.comparing(Day::day));
        return new Facets(total, counts.getOrDefault("language", List.of()), counts.getOrDefault("source", List.of()),
                counts.getOrDefault("topic", List.of()), counts.getOrDefault("country", List.of()),
                counts.getOrDefault("entity", List.of()), days);
    }

    private Query query(String sql, List<Object[]> params) {
        Query q = em.createNativeQuery(sql);
        ArticleSearch.bind(q, sql, params);
        return q;
    }
}
