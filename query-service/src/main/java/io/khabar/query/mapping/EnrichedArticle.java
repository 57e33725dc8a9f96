package io.khabar.query.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A record of {@code articles.enriched} as this service reads it (schema versions 1 and 2, written by enrich-service's
 * {@code EnrichedArticleEvent}; version 2 adds the text layer's and the entity, topic and quotation stages' results
 * and changes none of the version 1 fields); the whole payload is also kept as JSONB, so fields not named here are
 * not lost. Every field added by version 2 may be absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedArticle(int schemaVersion, String eventId, String id, Instant receivedAt, Instant enrichedAt,
                              String pipelineVersion, String text, String title, String url, String source,
                              Instant publishedAt, String declaredLanguage, Language language, String cleanText,
                              Publication publication, Entities entities, List<Topic> topics,
                              List<Quotation> quotations, List<Keyword> keywords) {

    /** The oldest schema version this service reads. */
    public static final int OLDEST_SCHEMA_VERSION = 1;
    /** The newest schema version this service reads. */
    public static final int NEWEST_SCHEMA_VERSION = 2;

    /** Detected language: ISO 639-1 code ({@code und} when unknown), confidence 0..1, whether reliable. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Language(String code, double confidence, boolean reliable) {
    }

    /** The publication time enrichment settled on, and where it came from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Publication(Instant value, String provenance) {
    }

    /** Mentions in text order, and each entity once. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entities(List<Mention> mentions, List<Mentioned> entities) {
    }

    /** One mention: offsets in {@code text}, the canonical entity, and the role given to a person. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(int start, int end, String surface, String type, String entityId, double confidence,
                          String evidence, JsonNode role) {
    }

    /** An entity the article mentions, with its names per language and its country. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mentioned(String id, String type, String name, int count, Map<String, List<String>> names,
                            String country) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Topic(String id, String label, Map<String, String> labels, String parent, double score) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quotation(int start, int end, String kind, String speakerId, double confidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Keyword(String phrase, String key, double score) {
    }
}
