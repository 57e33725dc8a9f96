package io.khabar.enrich.clean;

/**
 * A part of the text that cleaning took out of the article, kept with the reason.
 *
 * @param start  first character in the text as ingested, inclusive
 * @param end    last character, exclusive
 * @param reason which rule removed it: {@code share}, {@code comment-form}, {@code captcha}, {@code empty-field}, ...
 * @param text   the removed text
 * @param stage  the stage that removed it
 */
public record Removed(int start, int end, String reason, String text, String stage) {
}
