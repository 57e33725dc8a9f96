package io.khabar.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** RSS and Atom feeds that ingest follows ({@code khabar.ingest.feeds.*}). */
@ConfigMapping(prefix = "khabar.ingest.feeds")
public interface FeedConfig {

    /** Feeds to follow from start-up, besides those registered through the API. */
    Optional<List<String>> urls();

    /** Poll interval of a feed that names none. */
    @WithDefault("5m")
    Duration defaultInterval();

    /** Shortest poll interval a registration may ask for. */
    @WithDefault("10s")
    Duration minInterval();

    /** Longest wait between polls of a failing feed (the wait doubles with every failure). */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Feeds polled at the same time. */
    @WithDefault("2")
    int pollers();
}
