package io.khabar.ingest.extract;

import java.time.Instant;

/**
 * What was taken from a web page: its main text (paragraphs separated by blank lines) and what the page says about
 * itself. Any field but {@code text} and {@code html} may be {@code null}.
 *
 * @param text         the article's main text
 * @param title        headline
 * @param author       byline or author metadata
 * @param publishedAt  publication time from the page's metadata
 * @param canonicalUrl the page's canonical URL ({@code link rel=canonical}, else {@code og:url})
 * @param language     the page's declared language ({@code html lang})
 * @param html         the page as received, decoded
 */
public record ExtractedPage(String text, String title, String author, Instant publishedAt, String canonicalUrl,
                            String language, String html) {
}
