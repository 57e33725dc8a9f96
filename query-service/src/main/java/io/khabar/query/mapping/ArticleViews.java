package io.khabar.query.mapping;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.khabar.query.entity.ArticleEntity;

/** What the API returns for articles. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** Detected language with its confidence. */
    public record LanguageView(String code, double confidence, boolean reliable) {
    }

    /** An article in a list: everything but the text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleSummary(String id, String title, String url, String source, Instant publishedAt,
                                 Instant receivedAt, LanguageView language, String pipelineVersion,
                                 Instant enrichedAt) {

        public static ArticleSummary of(ArticleEntity a) {
            return new ArticleSummary(a.id, a.title, a.url, a.source, a.publishedAt, a.receivedAt,
                    new LanguageView(a.language, a.languageConfidence, a.languageReliable), a.pipelineVersion,
                    a.enrichedAt);
        }
    }

    /** One article with its text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleDetail(String id, String title, String text, String url, String source, Instant publishedAt,
                                Instant receivedAt, LanguageView language, String declaredLanguage,
                                String pipelineVersion, Instant enrichedAt) {

        public static ArticleDetail of(ArticleEntity a) {
            return new ArticleDetail(a.id, a.title, a.text, a.url, a.source, a.publishedAt, a.receivedAt,
                    new LanguageView(a.language, a.languageConfidence, a.languageReliable), a.declaredLanguage,
                    a.pipelineVersion, a.enrichedAt);
        }
    }

    /** A page of articles, newest first; pass {@code nextCursor} as {@code cursor} for the next page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticlePage(List<ArticleSummary> items, String nextCursor) {
    }
}
