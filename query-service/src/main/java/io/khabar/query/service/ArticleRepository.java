package io.khabar.query.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.khabar.query.entity.ArticleEntity;
import io.khabar.query.mapping.EnrichedArticle;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Storage of articles: an idempotent, order-safe upsert and keyset-paginated reads. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    /**
     * Inserts the article or replaces the stored one if this enrichment is at least as new; redelivery of the same
     * event is a no-op in effect, and an older enrichment never overwrites a newer one.
     *
     * @return whether a row was written
     */
    public boolean upsert(EnrichedArticle a, String payload) {
        Instant sortTime = a.publishedAt() != null ? a.publishedAt() : a.receivedAt();
        int rows = getEntityManager().createNativeQuery("""
                insert into article (id, event_id, schema_version, title, text, url, source, published_at,
                    received_at, sort_time, language, language_confidence, language_reliable, declared_language,
                    pipeline_version, enriched_at, payload)
                values (:id, :eventId, :schemaVersion, :title, :text, :url, :source, :publishedAt, :receivedAt,
                    :sortTime, :language, :confidence, :reliable, :declaredLanguage, :pipelineVersion, :enrichedAt,
                    cast(:payload as jsonb))
                on conflict (id) do update set event_id = excluded.event_id,
                    schema_version = excluded.schema_version, title = excluded.title, text = excluded.text,
                    url = excluded.url, source = excluded.source, published_at = excluded.published_at,
                    received_at = excluded.received_at, sort_time = excluded.sort_time,
                    language = excluded.language, language_confidence = excluded.language_confidence,
                    language_reliable = excluded.language_reliable, declared_language = excluded.declared_language,
                    pipeline_version = excluded.pipeline_version, enriched_at = excluded.enriched_at,
                    payload = excluded.payload, updated_at = now()
                where article.enriched_at <= excluded.enriched_at and article.event_id <> excluded.event_id
                """)
                .setParameter("id", a.id())
                .setParameter("eventId", a.eventId())
                .setParameter("schemaVersion", a.schemaVersion())
                .setParameter("title", a.title())
                .setParameter("text", a.text())
                .setParameter("url", a.url())
                .setParameter("source", a.source())
                .setParameter("publishedAt", timestamp(a.publishedAt()))
                .setParameter("receivedAt", timestamp(a.receivedAt()))
                .setParameter("sortTime", timestamp(sortTime))
                .setParameter("language", a.language().code())
                .setParameter("confidence", a.language().confidence())
                .setParameter("reliable", a.language().reliable())
                .setParameter("declaredLanguage", a.declaredLanguage())
                .setParameter("pipelineVersion", a.pipelineVersion())
                .setParameter("enrichedAt", timestamp(a.enrichedAt()))
                .setParameter("payload", payload)
                .executeUpdate();
        return rows > 0;
    }

    /** Newest first, {@code limit} rows after {@code after} (exclusive), optionally of one language. */
    public List<ArticleEntity> page(Optional<String> language, Optional<Cursor> after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        language.ifPresent(l -> {
            where.append(" and language = :language");
            params.and("language", l);
        });
        after.ifPresent(c -> {
            where.append(" and (sortTime < :t or (sortTime = :t and id < :id))");
            params.and("t", c.sortTime()).and("id", c.id());
        });
        return find(where + " order by sortTime desc, id desc", params).page(0, limit).list();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
