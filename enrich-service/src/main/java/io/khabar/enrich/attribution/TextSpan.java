package io.khabar.enrich.attribution;

/**
 * A part of the text with a role, such as the headline or the lead.
 *
 * @param start      first character in the text as ingested, inclusive
 * @param end        last character, exclusive
 * @param confidence 0..1
 * @param stage      the stage that found it
 */
public record TextSpan(int start, int end, double confidence, String stage) {
}
