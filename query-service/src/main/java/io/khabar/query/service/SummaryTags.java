package io.khabar.query.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.khabar.query.mapping.ArticleViews.ArticleSummary;
import io.khabar.query.mapping.TagViews.EntityRef;
import io.khabar.query.mapping.TagViews.TopicRef;

/**
 * What a list shows beside each article (its most mentioned entities, its best topics, the start of its text), for a
 * whole page of summaries in three statements rather than three per article.
 */
@ApplicationScoped
public class SummaryTags {

    /** Entities and topics per article in a list. */
    public static final int TOP = 3;
    /** Characters of the cleaned text in a snippet. */
    public static final int SNIPPET = 240;

    @Inject
    EntityManager em;

    /**
     * The summaries in the same order, each with its top entities and topics, in the order of the article's own lists
     * ({@link TagReader}), entities by their names in {@code lang} ({@link DisplayNames}); in a transaction, all three
     * read from one snapshot.
     */
    public List<ArticleSummary> withTags(List<ArticleSummary> page, String lang) {
        if (page.isEmpty()) {
            return page;
        }
        List<String> ids = page.stream().map(ArticleSummary::id).toList();
        Map<String, List<EntityRef>> entities = new HashMap<>();
        // the top of each article's list as TagReader orders it, in the database's collation
        @SuppressWarnings("unchecked")
        List<Object[]> top = em.createNativeQuery("select x.article_id, x.id, x.type, " + DisplayNames.of("x")
                + ", x.country, x.mentions from (select ae.article_id, e.id, e.type, e.name, e.country, ae.mentions,"
                + " row_number() over (partition by ae.article_id order by ae.mentions desc, e.id) as n"
                + " from article_entity ae join entity e on e.id = ae.entity_id where ae.article_id in (:ids)) x"
                + " where x.n <= " + TOP + " order by x.article_id, x.n").setParameter("ids", ids)
                .setParameter("lang", lang).getResultList();
        for (Object[] r : top) {
            entities.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new EntityRef((String) r[1],
                    (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue()));
        }
        Map<String, List<TopicRef>> topics = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> best = em.createNativeQuery("select x.article_id, x.topic, " + DisplayNames.topic("x", "x.label")
                + ", x.parent, x.score from (select article_id, topic, label, parent, score, row_number() over"
                + " (partition by article_id order by score desc, topic) as n from article_topic"
                + " where article_id in (:ids)) x where x.n <= " + TOP + " order by x.article_id, x.n")
                .setParameter("ids", ids).setParameter("lang", lang).getResultList();
        for (Object[] r : best) {
            topics.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new TopicRef((String) r[1],
                    (String) r[2], (String) r[3], ((Number) r[4]).doubleValue()));
        }
        Map<String, String> snippets = new HashMap<>();
        for (Object[] r : rows("select id, left(coalesce(clean_text, text), " + SNIPPET + ") from article"
                + " where id in (:ids)", ids)) {
            snippets.put((String) r[0], (String) r[1]);
        }
        return page.stream().map(s -> s.withTags(List.copyOf(entities.getOrDefault(s.id(), List.of())),
                List.copyOf(topics.getOrDefault(s.id(), List.of())), snippets.get(s.id()))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<String> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }
}
