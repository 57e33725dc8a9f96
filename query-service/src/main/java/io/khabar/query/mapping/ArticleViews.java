package io.khabar.query.mapping;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.khabar.query.entity.ArticleEntity;

/** What the API returns for articles. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** Detected language with its confidence. */
    public record LanguageView(String code, double confidence, boolean reliable) {
    }

    /**
     * An article in a list: everything but the text; {@code story} (its story's id) and {@code duplicateOf} (the
     * original it is a near-copy of) once the assigner has been past it (not yet in the live stream, which announces
     * articles as they are stored); with {@code tags=true} also its most mentioned entities and best topics, and the
     * start of its cleaned text as {@code snippet}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleSummary(String id, String title, String url, String source, Instant publishedAt,
                                 Instant receivedAt, LanguageView language, String pipelineVersion,
                                 Instant enrichedAt, String story, String duplicateOf,
                                 List<TagViews.EntityRef> entities, List<TagViews.TopicRef> topics,
                                 String snippet) {

        public ArticleSummary(String id, String title, String url, String source, Instant publishedAt,
                              Instant receivedAt, LanguageView language, String pipelineVersion, Instant enrichedAt,
                              String story, String duplicateOf) {
            this(id, title, url, source, publishedAt, receivedAt, language, pipelineVersion, enrichedAt, story,
                    duplicateOf, null, null, null);
        }

        public static ArticleSummary of(ArticleEntity a) {
            return new ArticleSummary(a.id, a.title, a.url, a.source, a.publishedAt, a.receivedAt,
                    new LanguageView(a.language, a.languageConfidence, a.languageReliable), a.pipelineVersion,
                    a.enrichedAt, null, null);
        }

        /** This summary with the article's top entities and topics and the start of its text. */
        public ArticleSummary withTags(List<TagViews.EntityRef> topEntities, List<TagViews.TopicRef> topTopics,
                                       String start) {
            return new ArticleSummary(id, title, url, source, publishedAt, receivedAt, language, pipelineVersion,
                    enrichedAt, story, duplicateOf, topEntities, topTopics, start);
        }
    }

    /** Publication time as enrichment settled it, and where it came from. */
    public record PublicationView(Instant value, String provenance) {
    }

    /**
     * One article with its text and tags; with spans on request also what enrichment found at offsets of
     * {@code text} beyond mentions and quotations, as the enriched payload has it: {@code removed} (the lines cleaning
     * took out as boilerplate, each with its reason), {@code dates} (date mentions with calendar and granularity) and
     * {@code attribution} (lead, credits, attribution phrases).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleDetail(String id, String title, String text, String cleanText, String url, String source,
                                Instant publishedAt, PublicationView publication, Instant receivedAt,
                                LanguageView language, String declaredLanguage, String pipelineVersion,
                                Instant enrichedAt, List<TagViews.EntityRef> entities, List<String> countries,
                                List<TagViews.TopicRef> topics, List<TagViews.KeywordRef> keywords,
                                List<TagViews.QuotationRef> quotations, List<TagViews.Span> spans,
                                DuplicateView duplicateOf, StoryViews.StoryRef story, @JsonRawValue String removed,
                                @JsonRawValue String dates, @JsonRawValue String attribution) {
    }

    /**
     * The article is a near-copy of an earlier one: {@code id} is the earliest article of the group, and
     * {@code similarity} the estimated Jaccard similarity to the closest earlier copy.
     */
    public record DuplicateView(String id, double similarity) {
    }

    /** A page of articles in the order asked for; pass {@code nextCursor} as {@code cursor} for the next page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticlePage(List<ArticleSummary> items, String nextCursor) {
    }
}
