package io.khabar.query.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.khabar.query.service.DisplayNames;

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
    @Inject
    FacetIndexSync sync;
    @Inject
    EntityNames names;

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

    /** The counts, from the in-memory {@link FacetIndex} once it is loaded, else from PostgreSQL. */
    public Facets count(ArticleFilter f, int size, String lang) {
        Optional<FacetIndex> index = sync.upTo(System.nanoTime());
        return index.isPresent() ? fromIndex(index.get(), f, size, lang) : inDatabase(f, size, lang);
    }

    /** The counts as PostgreSQL makes them from the tag tables; the reference the index is tested against. */
    public Facets inDatabase(ArticleFilter f, int size, String lang) {
        StringBuilder where = new StringBuilder("true");
        List<Object[]> params = new ArrayList<>();
        search.where(f, where, params);
        params.add(new Object[] {"lang", lang});
        // the filter is evaluated once (a materialised WITH) and every facet counted from its result in the same
        // statement: seven statements each re-evaluating the filter had made facets the heaviest request
        // a near-copy of an earlier article is not counted: a report counts once
        String sql = "with f as materialized (select a.id, a.language, a.source, a.sort_time from article a where "
                + where + " and not exists (select 1 from article_fingerprint d where d.article_id = a.id"
                + " and d.duplicate_of is not null)) "
                + "select 'total', null, null, null, count(*) from f"
                + " union all (select 'language', f.language, null, null, count(*) from f group by f.language"
                + " order by 5 desc, f.language collate \"C\" limit " + size + ")"
                + " union all (select 'source', coalesce(f.source, ''), null, null, count(*) from f group by 2"
                + " order by 5 desc, coalesce(f.source, '') collate \"C\" limit " + size + ")"
                + " union all (select 'topic', t.topic, " + DisplayNames.topic("t", "max(t.label)") + ", null,"
                + " count(*) from f join article_topic t on t.article_id = f.id group by t.topic"
                + " order by 5 desc, t.topic collate \"C\" limit " + size + ")"
                + " union all (select 'country', c.country, null, null, count(*) from f join article_country c on"
                + " c.article_id = f.id group by c.country order by 5 desc, c.country collate \"C\" limit " + size + ")"
                + " union all (select 'entity', e.id, " + DisplayNames.of("e") + ", e.type, x.n from (select ae.entity_id, count(*) as n"
                + " from f join article_entity ae on ae.article_id = f.id group by ae.entity_id"
                + " order by 2 desc, ae.entity_id collate \"C\" limit " + size + ") x"
                + " join entity e on e.id = x.entity_id order by x.n desc, e.id collate \"C\")"
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
        Comparator<Count> order = Comparator.comparingLong(Count::articles).reversed()
                .thenComparing(Count::value, FacetValues::compareCodePoints);
        counts.values().forEach(l -> l.sort(order));
        days.sort(Comparator.comparing(Day::day));
        return new Facets(total, counts.getOrDefault("language", List.of()), counts.getOrDefault("source", List.of()),
                counts.getOrDefault("topic", List.of()), counts.getOrDefault("country", List.of()),
                counts.getOrDefault("entity", List.of()), days);
    }

    private Facets fromIndex(FacetIndex index, ArticleFilter f, int size, String lang) {
        Optional<long[]> seqs = Optional.empty();
        if (f.q().isPresent() || f.story().isPresent()) {
            // the words (the full-text index) and story membership are PostgreSQL's to match; the counting is the
            // index's. The matches come back as their stored sequence numbers, which the index finds in a primitive
            // map (by their ids, the look-ups had been a quarter of the counting). A number the index does not hold
            // is of an article stored (again) since it caught up: it catches up once more, with every request whose
            // words were matched after this one's began (one pass for them all)
            long asked = System.nanoTime();
            StringBuilder where = new StringBuilder("true");
            List<Object[]> params = new ArrayList<>();
            search.where(new ArticleFilter(f.q(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    Optional.empty(), Optional.empty(), f.story()), where, params);
            @SuppressWarnings("unchecked")
            List<Number> found = query("select a.stored_seq from article a where " + where, params).getResultList();
            long[] matched = found.stream().mapToLong(Number::longValue).toArray();
            if (!index.holdsAll(matched)) {
                index = sync.upTo(asked).orElse(index);
            }
            seqs = Optional.of(matched);
        }
        FacetIndex.Counted c = index.count(new FacetIndex.Filter(f.languages(), f.sources(),
                f.entities().stream().map(names::resolve).toList(), f.countries(), f.topics(),
                f.from().map(FacetCounts::micros).map(OptionalLong::of).orElse(OptionalLong.empty()),
                f.to().map(FacetCounts::micros).map(OptionalLong::of).orElse(OptionalLong.empty()), Optional.empty(),
                seqs), size);
        Map<String, String> topicLabels = new HashMap<>();
        List<FacetIndex.Value> topTopics = c.top().get(FacetIndex.Facet.TOPIC);
        if (!topTopics.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select topic, label from topic_label where language = :lang"
                    + " and topic in (:ids)").setParameter("lang", lang)
                    .setParameter("ids", topTopics.stream().map(FacetIndex.Value::value).toList()).getResultList();
            rows.forEach(r -> topicLabels.put((String) r[0], (String) r[1]));
        }
        Map<String, Object[]> entities = new HashMap<>();
        List<FacetIndex.Value> topEntities = c.top().get(FacetIndex.Facet.ENTITY);
        if (!topEntities.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select e.id, " + DisplayNames.of("e") + ", e.type from entity e"
                    + " where e.id in (:ids)").setParameter("ids", topEntities.stream().map(FacetIndex.Value::value)
                    .toList()).setParameter("lang", lang).getResultList();
            rows.forEach(r -> entities.put((String) r[0], r));
        }
        return new Facets(c.total(), plain(c, FacetIndex.Facet.LANGUAGE), plain(c, FacetIndex.Facet.SOURCE),
                topTopics.stream().map(v -> new Count(v.value(), topicLabels.getOrDefault(v.value(),
                        sync.topicLabel(v.value())), null, v.articles())).toList(),
                plain(c, FacetIndex.Facet.COUNTRY),
                topEntities.stream().filter(v -> entities.containsKey(v.value())).map(v -> new Count(v.value(),
                        (String) entities.get(v.value())[1], (String) entities.get(v.value())[2], v.articles()))
                        .toList(),
                c.days().entrySet().stream().map(d -> new Day(LocalDate.ofEpochDay(d.getKey()), d.getValue()))
                        .toList());
    }

    private static List<Count> plain(FacetIndex.Counted c, FacetIndex.Facet facet) {
        return c.top().get(facet).stream().map(v -> new Count(v.value(), null, null, v.articles())).toList();
    }

    /** Microseconds since the epoch, rounded as the PostgreSQL driver rounds a timestamp it sends. */
    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), (t.getNano() + 500) / 1000);
    }

    private Query query(String sql, List<Object[]> params) {
        Query q = em.createNativeQuery(sql);
        ArticleSearch.bind(q, sql, params);
        return q;
    }
}
