package io.khabar.enrich.mapping;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A record of {@code articles.raw} as this service reads it (schema version 1, written by ingest-service's
 * {@code RawArticleEvent}). Fields added by a later minor change of the producer are ignored. {@code html} is the
 * web page the text was extracted from, when the article came in as HTML.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawArticle(int schemaVersion, String eventId, String id, Instant receivedAt, String text, String title,
                         String url, String source, Instant publishedAt, String language, String author,
                         String format, String html) {

    /** The only schema version this service reads. */
    public static final int SCHEMA_VERSION = 1;
}
