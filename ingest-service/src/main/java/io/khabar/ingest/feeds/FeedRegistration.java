package io.khabar.ingest.feeds;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed to follow, as posted to {@code POST /api/v1/feeds}. Only {@code url} is required. */
@Schema(name = "FeedRegistration")
public record FeedRegistration(
        @Schema(required = true, description = "URL of an RSS 2.0 or Atom feed", examples = "https://www.irna.ir/rss")
        String url,
        @Schema(description = "Seconds between polls (default khabar.ingest.feeds.default-interval)") Long intervalSeconds,
        @Schema(description = "Outlet to record for its articles (default: the feed's title)") String source) {
}
