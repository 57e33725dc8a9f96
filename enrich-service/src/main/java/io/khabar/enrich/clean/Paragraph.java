package io.khabar.enrich.clean;

/**
 * A paragraph of the article that cleaning kept: {@code [start, end)} in the text as ingested.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record Paragraph(int start, int end) {
}
