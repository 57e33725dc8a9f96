package io.khabar.enrich.attribution;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The article's parts and its credits.
 *
 * @param headline the headline, when the text starts with one
 * @param lead     the lead paragraph
 * @param credits  outlets, reporters and datelines, in text order
 * @param phrases  the whole attribution phrases the credits were found in («به گزارش خبرنگار دفاعی ایرنا،»,
 *                 «MOSCOW, July 31 (Reuters) -»): metadata, where later stages find no entity and no date
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttributionResult(TextSpan headline, TextSpan lead, List<Credit> credits, List<TextSpan> phrases) {

    /** Whether {@code [start, end)} overlaps an attribution phrase. */
    public boolean isAttribution(int start, int end) {
        return phrases.stream().anyMatch(p -> p.start() < end && start < p.end());
    }
}
