package io.khabar.enrich.keywords;

import java.util.List;

/**
 * A key phrase of the article.
 *
 * @param phrase      as first written in the article
 * @param key         the analysed form (stems, in order) that its occurrences share
 * @param score       0..1, relative to the article's best phrase
 * @param occurrences {@code [start, end]} pairs in the text as ingested, at most five
 * @param stage       the stage that found it
 */
public record Keyword(String phrase, String key, double score, List<int[]> occurrences, String stage) {
}
