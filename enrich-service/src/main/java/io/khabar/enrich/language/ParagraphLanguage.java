package io.khabar.enrich.language;

/**
 * The language of one paragraph.
 *
 * @param start    first character of the paragraph in the text as ingested, inclusive
 * @param end      last character, exclusive
 * @param language what the detector found
 * @param stage    the stage that found it
 */
public record ParagraphLanguage(int start, int end, LanguageResult language, String stage) {
}
