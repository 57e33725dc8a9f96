package io.khabar.query.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.khabar.query.entity.ArticleEntity;
import io.khabar.query.mapping.ArticleViews;
import io.khabar.query.mapping.ArticleViews.ArticleDetail;
import io.khabar.query.mapping.ArticleViews.LanguageView;
import io.khabar.query.mapping.ArticleViews.PublicationView;
import io.khabar.query.mapping.TagViews.EntityDetail;
import io.khabar.query.mapping.TagViews.EntityMatch;
import io.khabar.query.mapping.TagViews.EntityRef;
import io.khabar.query.mapping.TagViews.KeywordRef;
import io.khabar.query.mapping.TagViews.QuotationRef;
import io.khabar.query.mapping.TagViews.Span;
import io.khabar.query.mapping.TagViews.TopicRef;
import io.khabar.query.search.ArticleFilter;
import io.khabar.query.search.ArticleSearch;
import io.khabar.query.search.FacetIndex;
import io.khabar.query.search.FacetIndexSync;
import io.khabar.query.search.SearchText;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads an article with its tags, and entities with what the stored articles say about them. */
@ApplicationScoped
public class TagReader {

    @Inject
    EntityManager em;
    @Inject
    ArticleRepository articles;
    @Inject
    StoryReader stories;
    @Inject
    ArticleSearch search;
    @Inject
    FacetIndexSync facets;
    @Inject
    SummaryTags summaryTags;

    /** The article and its tags as of one moment: a version stored meanwhile is not half mixed in. */
    public Optional<ArticleDetail> article(String id, boolean spans, String lang) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
            return read(id, spans, lang);
        });
    }

    private Optional<ArticleDetail> read(String id, boolean spans, String lang) {
        List<String> parts = spans ? payloadParts(id) : null;
        return articles.findByIdOptional(id).map(a -> new ArticleDetail(a.id, a.title, a.text, a.cleanText, a.url,
                a.source, a.publishedAt, a.publicationProvenance == null ? null
                        : new PublicationView(a.sortTime, a.publicationProvenance), a.receivedAt,
                new LanguageView(a.language, a.languageConfidence, a.languageReliable), a.declaredLanguage,
                a.pipelineVersion, a.enrichedAt, entities(id, lang), countries(id), topics(id, lang), keywords(id),
                quotations("article_id", id, 1000), spans ? spans(a) : null, duplicate(id),
                stories.ofArticle(id).orElse(null), spans ? parts.get(0) : null, spans ? parts.get(1) : null,
                spans ? parts.get(2) : null));
    }

    /**
     * The parts of the stored payload that the tables do not hold, as JSON, in one read of the payload (one
     * {@code jsonb_to_record} call; an operator on the stored payload each would decompress all of it each time):
     * removed lines, date mentions, attribution; null where the payload has none or JSON null.
     */
    private List<String> payloadParts(String articleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select cast(p.cleaning -> 'removed' as text),"
                + " cast(p.dates -> 'mentions' as text), cast(p.attribution as text) from article a cross join lateral"
                + " jsonb_to_record(a.payload) as p(cleaning jsonb, dates jsonb, attribution jsonb) where a.id = :v")
                .setParameter("v", articleId).getResultList();
        Object[] row = found.isEmpty() ? new Object[3] : found.get(0);
        return java.util.Arrays.asList((String) row[0], (String) row[1], (String) row[2]);
    }

    /** The article's near-copy mark, if it has one. */
    private ArticleViews.DuplicateView duplicate(String articleId) {
        List<Object[]> mark = rows("select duplicate_of, duplicate_similarity from article_fingerprint"
                + " where article_id = :v and duplicate_of is not null", articleId);
        return mark.isEmpty() ? null : new ArticleViews.DuplicateView((String) mark.get(0)[0],
                Math.round(((Number) mark.get(0)[1]).doubleValue() * 1000) / 1000.0);
    }

    private List<EntityRef> entities(String articleId, String lang) {
        return rows("select e.id, e.type, " + DisplayNames.of("e") + ", e.country, ae.mentions from article_entity ae"
                + " join entity e on e.id = ae.entity_id where ae.article_id = :v order by ae.mentions desc, e.id",
                articleId, lang).stream().map(r -> new EntityRef((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> countries(String articleId) {
        return em.createNativeQuery("select country from article_country where article_id = :v order by country")
                .setParameter("v", articleId).getResultList();
    }

    private List<TopicRef> topics(String articleId, String lang) {
        return rows("select t.topic, " + DisplayNames.topic("t", "t.label") + ", t.parent, t.score from article_topic t"
                + " where t.article_id = :v order by t.score desc, t.topic", articleId, lang).stream().map(r -> new TopicRef((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue())).toList();
    }

    private List<KeywordRef> keywords(String articleId) {
        return rows("select phrase, score from keyword where article_id = :v order by score desc, key", articleId)
                .stream().map(r -> new KeywordRef((String) r[0], ((Number) r[1]).doubleValue())).toList();
    }

    private List<QuotationRef> quotations(String column, String value, int limit) {
        return rows("select q.article_id, q.kind, q.start_offset, q.end_offset, q.quote, q.speaker_id, q.confidence"
                + " from quotation q join article a on a.id = q.article_id where q." + column + " = :v"
                + " order by a.sort_time desc, q.article_id, q.ordinal limit " + limit, value).stream()
                .map(r -> new QuotationRef((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(), (String) r[4], (String) r[5], ((Number) r[6]).doubleValue()))
                .toList();
    }

    /** Mentions and quotations as spans of the text, in text order. */
    private List<Span> spans(ArticleEntity a) {
        List<Span> spans = new ArrayList<>();
        for (Object[] r : rows("select start_offset, end_offset, surface, type, entity_id, evidence, cast(role as text),"
                + " confidence from mention where article_id = :v order by start_offset, ordinal", a.id)) {
            spans.add(new Span("mention", ((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], null, ((Number) r[7]).doubleValue()));
        }
        for (QuotationRef q : quotations("article_id", a.id, 1000)) {
            spans.add(new Span("quotation", q.start(), q.end(), null, q.kind(), null, null, null, q.speakerId(),
                    q.confidence()));
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }

    /** Entities with a name containing {@code q} (in its search form), exact and word-initial matches first. */
    public List<EntityMatch> findEntities(String q, Optional<String> type, int limit, String lang) {
        String key = SearchText.key(q);
        String like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // matches ranked by how well a name matches, then by how recently the entity was seen; articles counted for
        // the page only: exactly by the facet index, or, while it loads, up to 10,000 an entity (an exact count of a
        // country in half the articles cost milliseconds in PostgreSQL)
        Optional<FacetIndex> index = facets.upTo(System.nanoTime());
        String count = index.isPresent() ? "0" : "(select count(*) from (select 1 from article_entity ae where"
                + " ae.entity_id = p.id limit 10000) c)";
        var query = em.createNativeQuery("select p.id, p.type, " + DisplayNames.of("p") + ", p.country, p.matched, "
                + count + ", p.quality from (select e.id, e.type, e.name, e.country, m.name as matched, m.quality, e.last_seen from (select distinct on"
                + " (n.entity_id) n.entity_id, n.name, case when n.name_key = :key then 0 when n.name_key like :word"
                + " escape '\\' or n.name_key like :start escape '\\' then 1 else 2 end as quality from entity_name n"
                + " where n.name_key like :like escape '\\' order by n.entity_id, quality) m join entity e on"
                + " e.id = m.entity_id" + (type.isPresent() ? " where e.type = :type" : "")
                + " order by m.quality, e.last_seen desc, e.id limit " + limit + ") p order by p.quality,"
                + " p.last_seen desc, p.id")
                .setParameter("key", key).setParameter("like", like)
                .setParameter("word", "% " + like.substring(1)).setParameter("start", like.substring(1))
                .setParameter("lang", lang);
        type.ifPresent(t -> query.setParameter("type", t));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new EntityMatch((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], index.isPresent() ? index.get().articlesWith(FacetIndex.Facet.ENTITY, (String) r[0])
                : ((Number) r[5]).longValue(), ((Number) r[6]).intValue() == 0)).toList();
    }


    public Optional<EntityDetail> entity(String id, String lang) {
        List<Object[]> found = rows("select e.id, e.type, " + DisplayNames.of("e") + ", e.country, e.first_seen,"
                + " e.last_seen from entity e where e.id = :v", id, lang);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] e = found.get(0);
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Object[] r : rows("select language, name from entity_name where entity_id = :v"
                + " order by language, position, name", id)) {
            names.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        Object[] counts = rows("select count(*), coalesce(sum(mentions), 0) from article_entity where entity_id = :v",
                id).get(0);
        List<EntityRef> with = rows("select w.id, w.type, " + DisplayNames.of("w") + ", w.country, w.n from (select"
                + " e.id, e.type, e.name, e.country, count(*) as n from article_entity mine join article_entity other"
                + " on other.article_id = mine.article_id and other.entity_id <> mine.entity_id join entity e"
                + " on e.id = other.entity_id where mine.entity_id = :v group by e.id, e.type, e.name, e.country"
                + " order by count(*) desc, e.id limit 10) w order by w.n desc, w.id", id, lang).stream()
                .map(r -> new EntityRef((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).intValue())).toList();
        ArticleFilter recent = new ArticleFilter(Optional.empty(), List.of(), List.of(id), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty());
        return Optional.of(new EntityDetail((String) e[0], (String) e[1], (String) e[2], (String) e[3], names,
                ((Number) counts[1]).longValue(), ((Number) counts[0]).longValue(), ArticleSearch.instant(e[4]),
                ArticleSearch.instant(e[5]), with,
                summaryTags.withTags(search.find(recent, false, Optional.empty(), 10).items(), lang),
                quotations("speaker_id", id, 20)));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String value) {
        return em.createNativeQuery(sql).setParameter("v", value).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String value, String lang) {
        return em.createNativeQuery(sql).setParameter("v", value).setParameter("lang", lang).getResultList();
    }
}
