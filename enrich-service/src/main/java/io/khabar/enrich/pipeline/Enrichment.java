package io.khabar.enrich.pipeline;

import java.util.List;

import io.khabar.enrich.attribution.AttributionResult;
import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.dates.DatesResult;
import io.khabar.enrich.entities.EntityResult;
import io.khabar.enrich.fingerprint.Fingerprint;
import io.khabar.enrich.fingerprint.StoryTerms;
import io.khabar.enrich.keywords.Keyword;
import io.khabar.enrich.language.LanguageAnalysis;
import io.khabar.enrich.quotes.Quotation;
import io.khabar.enrich.text.Normalised;
import io.khabar.enrich.text.TextUnits;
import io.khabar.enrich.topics.Topic;

/**
 * What the text layer found in one article; a result is null when its stage was skipped or failed (see
 * {@code stages}).
 */
public record Enrichment(CleaningResult cleaning, String cleanText, AttributionResult attribution,
                         LanguageAnalysis languages, Normalised normalised, TextUnits units, List<Keyword> keywords,
                         Fingerprint fingerprint, StoryTerms storyTerms, DatesResult dates, EntityResult entities, List<Topic> topics,
                         List<Quotation> quotations, List<StageReport> stages) {
}
