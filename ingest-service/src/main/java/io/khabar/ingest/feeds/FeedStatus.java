package io.khabar.ingest.feeds;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A followed feed and how polling it goes.
 *
 * @param id                  stable id (hash of the URL)
 * @param url                 the feed's URL
 * @param source              outlet recorded for its articles (the feed's own title when not given)
 * @param intervalSeconds     seconds between polls when all is well
 * @param origin              {@code api} (registered, survives restarts) or {@code config}
 * @param state               {@code pending} (not polled yet), {@code ok} or {@code failing}
 * @param lastPollAt          when it was last polled
 * @param lastSuccessAt       when a poll last succeeded
 * @param nextPollAt          when it will be polled next
 * @param consecutiveFailures failed polls in a row (each doubles the wait, up to the maximum back-off)
 * @param lastError           why the last poll failed, while failing
 * @param itemsIngested       items ingested by this instance since it started
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedStatus(String id, String url, String source, long intervalSeconds, String origin, String state,
                         Instant lastPollAt, Instant lastSuccessAt, Instant nextPollAt, int consecutiveFailures,
                         String lastError, long itemsIngested) {
}
