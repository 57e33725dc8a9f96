package io.khabar.enrich.mapping;

import java.time.Instant;
import java.util.List;

import io.khabar.enrich.pipeline.LanguageResult;
import io.khabar.enrich.pipeline.StageReport;

/**
 * Payload of a record on {@code articles.enriched} (schema version {@value #SCHEMA_VERSION}); the README documents it
 * as JSON Schema. It repeats the raw article so that a subscriber needs no second source.
 *
 * @param schemaVersion    version of this payload's schema
 * @param eventId          unique id of this event (also the CloudEvents {@code ce_id})
 * @param id               stable article id, as given by ingest-service
 * @param rawEventId       id of the {@code articles.raw} event this one was made from
 * @param receivedAt       when ingest accepted the article
 * @param enrichedAt       when this enrichment finished
 * @param pipelineVersion  version of the enrichment pipeline that produced this event
 * @param text             the article's text, as ingested
 * @param title            headline, if known
 * @param url              canonical URL, if known
 * @param source           outlet or feed, if known
 * @param publishedAt      publication time, if known
 * @param declaredLanguage the submitter's language hint, if any
 * @param language         detected language of the whole text
 * @param stages           what each stage did, in order
 */
public record EnrichedArticleEvent(int schemaVersion, String eventId, String id, String rawEventId, Instant receivedAt,
                                   Instant enrichedAt, String pipelineVersion, String text, String title, String url,
                                   String source, Instant publishedAt, String declaredLanguage,
                                   LanguageResult language, List<StageReport> stages) {

    public static final int SCHEMA_VERSION = 1;
}
