package io.khabar.enrich.clean;

import java.util.List;
import java.util.stream.Collectors;

import io.khabar.enrich.pipeline.ArticleText;

/**
 * The article separated from what the page wrapped around it.
 *
 * @param paragraphs what is kept, in order
 * @param removed    what is removed, in order, each with its reason
 */
public record CleaningResult(List<Paragraph> paragraphs, List<Removed> removed) {

    /** The paragraphs cleaning kept in {@code article}, or the whole text as one when cleaning did not run. */
    public static List<Paragraph> paragraphsOf(ArticleText article) {
        CleaningResult cleaning = article.result(CleaningStage.NAME, CleaningResult.class);
        return cleaning != null ? cleaning.paragraphs() : List.of(new Paragraph(0, article.text().length()));
    }

    /** The kept paragraphs of {@code text}, one a line. */
    public String cleanText(String text) {
        return paragraphs.stream().map(p -> text.substring(p.start(), p.end())).collect(Collectors.joining("\n"));
    }

    /** Whether {@code [start, end)} overlaps a removed part. */
    public boolean isRemoved(int start, int end) {
        return removed.stream().anyMatch(r -> r.start() < end && start < r.end());
    }
}
