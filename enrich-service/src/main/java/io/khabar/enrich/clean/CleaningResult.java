package io.khabar.enrich.clean;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The article separated from what the page wrapped around it.
 *
 * @param paragraphs what is kept, in order
 * @param removed    what is removed, in order, each with its reason
 */
public record CleaningResult(List<Paragraph> paragraphs, List<Removed> removed) {

    /** The kept paragraphs of {@code text}, one a line. */
    public String cleanText(String text) {
        return paragraphs.stream().map(p -> text.substring(p.start(), p.end())).collect(Collectors.joining("\n"));
    }

    /** Whether {@code [start, end)} overlaps a removed part. */
    public boolean isRemoved(int start, int end) {
        return removed.stream().anyMatch(r -> r.start() < end && start < r.end());
    }
}
