package io.khabar.enrich.language;

import java.util.List;

/**
 * Language of the article and of each paragraph.
 *
 * @param document   the article as a whole (the paragraphs' findings weighted by their letters); not reliable when
 *                   no language clearly leads or when a second language holds more than a quarter of the letters
 * @param mixed      whether paragraphs in a second language hold more than a quarter of the letters
 * @param paragraphs each kept paragraph long enough to tell (at least {@code min-letters} letters)
 */
public record LanguageAnalysis(LanguageResult document, boolean mixed, List<ParagraphLanguage> paragraphs) {

    /**
     * The language of the paragraph starting at {@code start} when it was told reliably, otherwise the article's
     * when that was told, otherwise {@code fallback}.
     */
    public String languageAt(int start, String fallback) {
        for (ParagraphLanguage p : paragraphs) {
            if (p.start() == start && p.language().reliable()
                    && !LanguageResult.UNDETERMINED.equals(p.language().code())) {
                return p.language().code();
            }
        }
        return LanguageResult.UNDETERMINED.equals(document.code()) ? fallback : document.code();
    }
}
