package io.khabar.enrich.text;

/**
 * A token as its language's analyser sees it.
 *
 * @param start    first character in the text as ingested, inclusive
 * @param end      last character, exclusive
 * @param term     stemmed, normalised form (the analyser's output)
 * @param afterGap whether a stop word or punctuation was dropped just before it
 */
public record Token(int start, int end, String term, boolean afterGap) {
}
