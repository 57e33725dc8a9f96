package io.khabar.ingest.mapping;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article as a client posts it to {@code POST /api/v1/articles}. Only {@code text} is required. */
@Schema(name = "ArticleSubmission", description = "An article to ingest")
public record ArticleSubmission(
        @Schema(required = true, description = "The article's text, as published",
                examples = "Die Verteidigungsminister von Iran und Belarus haben ...") String text,
        @Schema(description = "Headline", examples = "Iran und Belarus unterzeichnen Einverständnisnote") String title,
        @Schema(description = "Where the article was published; gives the article its stable id",
                examples = "https://parstoday.ir/de/news/iran-i123") String url,
        @Schema(description = "Outlet or feed the article came from", examples = "ParsToday") String source,
        @Schema(description = "Publication time, ISO-8601 with offset", examples = "2023-07-31T10:15:00+03:30")
        OffsetDateTime publishedAt,
        @Schema(description = "Language the client believes the article is in (BCP 47), a hint only",
                examples = "de") String language) {
}
