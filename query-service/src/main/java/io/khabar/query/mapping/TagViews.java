package io.khabar.query.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** What the API returns for an article's tags and for entities. */
public final class TagViews {

    private TagViews() {
    }

    /** An entity an article mentions, how often. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityRef(String id, String type, String name, String country, int mentions) {
    }

    /** A topic with its score. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TopicRef(String id, String label, String parent, double score) {
    }

    /** A key phrase with its score. */
    public record KeywordRef(String phrase, double score) {
    }

    /** A span of the article's text: a mention ({@code entityId}) or a quotation ({@code speakerId}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Span(String kind, int start, int end, String surface, String type, String entityId,
                       String evidence, @JsonRawValue String role, String speakerId, Double confidence) {
    }

    /** A quotation: its span, how it was given, who said it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuotationRef(String articleId, String kind, int start, int end, String quote, String speakerId,
                               double confidence) {
    }

    /** An entity found by a search; {@code exact} when the name matched is the name searched (in its search form). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityMatch(String id, String type, String name, String country, String matchedName,
                              long articles, boolean exact) {
    }

    /** A page of entities. */
    public record EntityMatches(List<EntityMatch> items) {
    }

    /** One entity with what is known of it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityDetail(String id, String type, String name, String country, Map<String, List<String>> names,
                               long mentions, long articles, Instant firstSeen, Instant lastSeen,
                               List<EntityRef> coOccurring, List<ArticleViews.ArticleSummary> recentArticles,
                               List<QuotationRef> quotations) {
    }
}
