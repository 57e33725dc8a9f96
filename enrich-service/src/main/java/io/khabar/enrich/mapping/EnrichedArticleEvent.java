package io.khabar.enrich.mapping;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.khabar.enrich.attribution.AttributionResult;
import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.dates.DatesResult;
import io.khabar.enrich.entities.EntityResult;
import io.khabar.enrich.dates.PublicationDate;
import io.khabar.enrich.fingerprint.Fingerprint;
import io.khabar.enrich.fingerprint.StoryTerms;
import io.khabar.enrich.keywords.Keyword;
import io.khabar.enrich.language.LanguageAnalysis;
import io.khabar.enrich.language.LanguageResult;
import io.khabar.enrich.pipeline.StageReport;
import io.khabar.enrich.quotes.Quotation;
import io.khabar.enrich.text.TextUnits;
import io.khabar.enrich.topics.Topic;

/**
 * Payload of a record on {@code articles.enriched} (schema version {@value #SCHEMA_VERSION}); the README documents it
 * as JSON Schema. It repeats the raw article so that a subscriber needs no second source. Every offset points into
 * {@code text}, the text as ingested. A result whose stage was skipped or failed is absent; {@code stages} says why.
 *
 * @param schemaVersion    version of this payload's schema
 * @param eventId          unique id of this event (also the CloudEvents {@code ce_id})
 * @param id               stable article id, as given by ingest-service
 * @param rawEventId       id of the {@code articles.raw} event this one was made from
 * @param receivedAt       when ingest accepted the article
 * @param enrichedAt       when this enrichment finished
 * @param pipelineVersion  version of the enrichment pipeline that produced this event
 * @param text             the article's text, as ingested
 * @param title            headline as submitted, if any
 * @param url              canonical URL, if known
 * @param source           outlet or feed as submitted, if known
 * @param publishedAt      publication time as submitted or read from the page, if any
 * @param declaredLanguage the submitter's language hint, if any
 * @param language         detected language of the whole article
 * @param publication      the article's publication date as decided, with its provenance
 * @param cleanText        the kept paragraphs, one a line (offsets do not point into it)
 * @param normalisedText   the normalised form of {@code cleanText}, for matching and search
 * @param cleaning         kept paragraphs and removed parts with reasons
 * @param attribution      headline, lead, outlets, reporters, datelines
 * @param languages        language of the article and of each paragraph
 * @param units            sentences and token count
 * @param keywords         the key phrases, best first
 * @param fingerprint      a MinHash signature of the kept text, for recognising near-copies
 * @param storyTerms       weighted terms of the kept text, for linking the articles of one story
 * @param dates            date and time expressions in text order, and the publication date
 * @param entities         entity mentions linked to canonical entities, credited sources, and the entities mentioned
 * @param topics           topics of the IPTC-based taxonomy, best first, with the words that triggered them
 * @param quotations       direct and reported speech with the speaker linked to the entity
 * @param stages           what each stage did, in order, and how long it took
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrichedArticleEvent(int schemaVersion, String eventId, String id, String rawEventId, Instant receivedAt,
                                   Instant enrichedAt, String pipelineVersion, String text, String title, String url,
                                   String source, Instant publishedAt, String declaredLanguage,
                                   LanguageResult language, PublicationDate publication, String cleanText,
                                   String normalisedText, CleaningResult cleaning, AttributionResult attribution,
                                   LanguageAnalysis languages, TextUnits units, List<Keyword> keywords,
                                   Fingerprint fingerprint, StoryTerms storyTerms, DatesResult dates, EntityResult entities, List<Topic> topics,
                                   List<Quotation> quotations, List<StageReport> stages) {

    public static final int SCHEMA_VERSION = 2;
}
