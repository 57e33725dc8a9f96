package io.khabar.query.mapping;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A record of {@code articles.enriched} as this service reads it (schema versions 1 and 2, written by enrich-service's
 * {@code EnrichedArticleEvent}; version 2 adds the text layer's results and changes none of the fields named here);
 * the whole payload is also kept as JSONB, so fields not named here are not lost.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedArticle(int schemaVersion, String eventId, String id, Instant receivedAt, Instant enrichedAt,
                              String pipelineVersion, String text, String title, String url, String source,
                              Instant publishedAt, String declaredLanguage, Language language) {

    /** The oldest schema version this service reads. */
    public static final int OLDEST_SCHEMA_VERSION = 1;
    /** The newest schema version this service reads. */
    public static final int NEWEST_SCHEMA_VERSION = 2;

    /** Detected language: ISO 639-1 code ({@code und} when unknown), confidence 0..1, whether reliable. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Language(String code, double confidence, boolean reliable) {
    }
}
