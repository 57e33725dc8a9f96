package io.khabar.enrich.pipeline;

/**
 * What stages read: the article's text exactly as ingested (offsets of every result point into it) and the
 * submitter's hints.
 *
 * @param text             the text
 * @param title            headline, if known
 * @param declaredLanguage the submitter's language hint, if any
 */
public record ArticleText(String text, String title, String declaredLanguage) {
}
