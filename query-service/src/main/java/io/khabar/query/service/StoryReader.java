package io.khabar.query.service;

import static io.khabar.query.search.ArticleSearch.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.khabar.query.mapping.StoryViews.StoryDetail;
import io.khabar.query.mapping.StoryViews.StoryEntity;
import io.khabar.query.mapping.StoryViews.StoryMember;
import io.khabar.query.mapping.StoryViews.StoryRef;
import io.khabar.query.mapping.StoryViews.StorySummary;
import io.khabar.query.search.PageCursor;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads stories: lists with filters, one story with its members, an article's story; labels in a language. */
@ApplicationScoped
public class StoryReader {

    /** Entities named in a label. */
    static final int LABEL_ENTITIES = 3;

    @Inject
    EntityManager em;

    /** What {@code GET /api/v1/stories} filters on; {@code entities} already resolved to ids, each list a must. */
    public record Filter(List<String> languages, List<List<String>> entities, Optional<Instant> from,
                         Optional<Instant> to, int minArticles) {
    }

    /** A page of stories, most recently active first, and whether there are more. */
    public record Page(List<StorySummary> items, List<PageCursor> positions, boolean more) {
    }

    public Page list(Filter f, Optional<PageCursor> after, int size, String lang) {
        StringBuilder sql = new StringBuilder("select s.id, s.languages, s.first_seen, s.last_seen, s.article_count,"
                + " s.member_count from story s where s.article_count >= :min");
        Map<String, Object> params = new HashMap<>();
        params.put("min", f.minArticles());
        if (!f.languages().isEmpty()) {
            sql.append(" and s.languages && cast(:languages as text[])");
            params.put("languages", "{" + String.join(",", f.languages()) + "}");
        }
        for (int i = 0; i < f.entities().size(); i++) {
            sql.append(" and exists (select 1 from article_story m join article_entity e on e.article_id = m.article_id"
                    + " where m.story_id = s.id and e.entity_id in (:e").append(i).append("))");
            params.put("e" + i, f.entities().get(i).isEmpty() ? List.of("") : f.entities().get(i));
        }
        f.from().ifPresent(t -> {
            sql.append(" and s.last_seen >= :from");
            params.put("from", Timestamp.from(t));
        });
        f.to().ifPresent(t -> {
            sql.append(" and s.first_seen < :to");
            params.put("to", Timestamp.from(t));
        });
        after.ifPresent(c -> {
            sql.append(" and (s.last_seen, s.id) < (:afterTime, :afterId)");
            params.put("afterTime", Timestamp.from(c.sortTime()));
            params.put("afterId", c.id());
        });
        sql.append(" order by s.last_seen desc, s.id desc limit ").append(size + 1);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        boolean more = rows.size() > size;
        List<Object[]> shown = rows.subList(0, Math.min(size, rows.size()));
        Map<String, String> labels = StoryLabels.of(em, shown.stream().map(r -> (String) r[0]).toList(), lang);
        List<StorySummary> items = new ArrayList<>();
        List<PageCursor> positions = new ArrayList<>();
        for (Object[] r : shown) {
            StorySummary s = summary(r, labels);
            items.add(s);
            positions.add(new PageCursor(PageCursor.TIME, s.lastSeen(), 0, s.id()));
        }
        return new Page(items, positions, more);
    }

    /** The story of this id, or of the story it was merged into; a consistent view of one moment. */
    public Optional<StoryDetail> story(String id, String lang) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
            String target = id;
            @SuppressWarnings("unchecked")
            List<String> alias = em.createNativeQuery("select into_id from story_alias where id = :id")
                    .setParameter("id", id).getResultList();
            if (!alias.isEmpty()) {
                target = alias.get(0);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, languages, first_seen, last_seen, article_count,"
                    + " member_count from story where id = :id").setParameter("id", target).getResultList();
            if (rows.isEmpty()) {
                return Optional.<StoryDetail>empty();
            }
            StorySummary summary = summary(rows.get(0), StoryLabels.of(em, List.of(target), lang));
            return Optional.of(new StoryDetail(summary, entities(target, lang), countries(target), members(target)));
        });
    }

    /** The story of an article, if it has been assigned one. */
    public Optional<StoryRef> ofArticle(String articleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select story_id, linked_to, similarity from article_story"
                + " where article_id = :id").setParameter("id", articleId).getResultList();
        return rows.stream().findFirst().map(r -> new StoryRef((String) r[0], (String) r[1],
                r[2] == null ? null : Math.round(((Number) r[2]).doubleValue() * 1000) / 1000.0));
    }

    private static StorySummary summary(Object[] r, Map<String, String> labels) {
        return new StorySummary((String) r[0], labels.get((String) r[0]), List.of((String[]) r[1]),
                instant(r[2]), instant(r[3]), ((Number) r[4]).intValue(), ((Number) r[5]).intValue());
    }

    /** The story's 20 main entities, named in {@code lang} ({@link DisplayNames}). */
    private List<StoryEntity> entities(String story, String lang) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select x.id, x.type, " + DisplayNames.of("x") + ", x.n from"
                + " (select e.id, e.type, e.name, count(*) as n from article_story m join article_entity ae"
                + " on ae.article_id = m.article_id join entity e on e.id = ae.entity_id where m.story_id = :s"
                + " group by e.id, e.type, e.name order by count(*) desc, e.id limit 20) x order by x.n desc, x.id")
                .setParameter("s", story).setParameter("lang", lang).getResultList();
        return rows.stream().map(r -> new StoryEntity((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> countries(String story) {
        return em.createNativeQuery("select distinct c.country from article_story m join article_country c"
                + " on c.article_id = m.article_id where m.story_id = :s order by 1").setParameter("s", story)
                .getResultList();
    }

    private Map<String, List<StoryMember>> members(String story) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.language, a.id, a.title, a.source, m.sort_time,"
                + " m.duplicate, m.linked_to, m.similarity from article_story m join article a on a.id = m.article_id"
                + " where m.story_id = :s order by m.language, m.sort_time, a.id").setParameter("s", story)
                .getResultList();
        Map<String, List<StoryMember>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new StoryMember((String) r[1],
                    (String) r[2], (String) r[3], instant(r[4]), (Boolean) r[5], (String) r[6],
                    r[7] == null ? null : Math.round(((Number) r[7]).doubleValue() * 1000) / 1000.0));
        }
        return out;
    }
}
