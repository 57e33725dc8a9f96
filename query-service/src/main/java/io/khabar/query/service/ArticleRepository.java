package io.khabar.query.service;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.khabar.query.entity.ArticleEntity;
import io.khabar.query.mapping.EnrichedArticle;
import io.khabar.query.search.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Storage of articles: an idempotent, order-safe upsert of the article row with its full-text index. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    /**
     * Inserts the article or replaces the stored one if this enrichment is at least as new; redelivery of the same
     * event is a no-op in effect, and an older enrichment never overwrites a newer one.
     *
     * @return whether a row was written
     */
    public boolean upsert(EnrichedArticle a, String payload) {
        Instant sortTime = sortTime(a);
        String config = SearchText.config(a.language().code());
        // Persian and other languages without stemming are indexed in folded form, and searched the same way
        boolean fold = SearchText.folded(config);
        String body = a.cleanText() != null ? a.cleanText() : a.text();
        int rows = getEntityManager().createNativeQuery("""
                insert into article (id, event_id, schema_version, title, text, url, source, published_at,
                    received_at, sort_time, language, language_confidence, language_reliable, declared_language,
                    pipeline_version, enriched_at, payload, clean_text, publication_provenance, search_config, tsv)
                values (:id, :eventId, :schemaVersion, :title, :text, :url, :source, :publishedAt, :receivedAt,
                    :sortTime, :language, :confidence, :reliable, :declaredLanguage, :pipelineVersion, :enrichedAt,
                    cast(:payload as jsonb), :cleanText, :provenance, :config,
                    setweight(to_tsvector(cast(:config as regconfig), :searchTitle), 'A')
                        || to_tsvector(cast(:config as regconfig), :searchText))
                on conflict (id) do update set event_id = excluded.event_id,
                    schema_version = excluded.schema_version, title = excluded.title, text = excluded.text,
                    url = excluded.url, source = excluded.source, published_at = excluded.published_at,
                    received_at = excluded.received_at, sort_time = excluded.sort_time,
                    language = excluded.language, language_confidence = excluded.language_confidence,
                    language_reliable = excluded.language_reliable, declared_language = excluded.declared_language,
                    pipeline_version = excluded.pipeline_version, enriched_at = excluded.enriched_at,
                    payload = excluded.payload, clean_text = excluded.clean_text,
                    publication_provenance = excluded.publication_provenance,
                    search_config = excluded.search_config, tsv = excluded.tsv, updated_at = now(),
                    stored_xid = pg_current_xact_id(), stored_seq = nextval('article_stored_seq')
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
                .setParameter("cleanText", a.cleanText())
                .setParameter("provenance", a.publication() == null ? null : a.publication().provenance())
                .setParameter("config", config)
                .setParameter("searchTitle", a.title() == null ? "" : fold ? SearchText.fold(a.title()) : a.title())
                .setParameter("searchText", fold ? SearchText.fold(body) : body)
                .executeUpdate();
        return rows > 0;
    }

    /** Publication time when known (as enrichment settled it, else as submitted), else reception time. */
    public static Instant sortTime(EnrichedArticle a) {
        if (a.publication() != null && a.publication().value() != null) {
            return a.publication().value();
        }
        return a.publishedAt() != null ? a.publishedAt() : a.receivedAt();
    }

    static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
