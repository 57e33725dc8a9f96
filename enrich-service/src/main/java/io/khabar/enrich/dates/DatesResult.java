package io.khabar.enrich.dates;

import java.util.List;

/**
 * Dates of the article.
 *
 * @param publication when the article was published, with provenance
 * @param mentions    every date and time expression of the kept text, outside attribution phrases
 * @param stage       the stage that found them
 */
public record DatesResult(PublicationDate publication, List<DateMention> mentions, String stage) {
}
