package io.khabar.ingest.mapping;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page to fetch and ingest, as posted to {@code POST /api/v1/articles/by-url}. Only {@code url} is required. */
@Schema(name = "UrlSubmission", description = "A web page to fetch and ingest")
public record UrlSubmission(
        @Schema(required = true, description = "http or https URL of the page",
                examples = "https://parstoday.ir/de/news/iran-i123") String url,
        @Schema(description = "Outlet or feed; overrides nothing the page says") String source,
        @Schema(description = "Headline, if the page's own should not be used") String title,
        @Schema(description = "Publication time, if the page's own should not be used") OffsetDateTime publishedAt,
        @Schema(description = "Language hint") String language) {
}
