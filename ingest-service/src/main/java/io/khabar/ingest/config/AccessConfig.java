package io.khabar.ingest.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may write to ingest, and how often ({@code khabar.ingest.access.*}). */
@ConfigMapping(prefix = "khabar.ingest.access")
public interface AccessConfig {

    /** Whether writes need an {@code X-Api-Key} (off in dev mode and tests, on otherwise). */
    @WithDefault("true")
    boolean requireApiKey();

    /** Accepted API keys (environment: {@code KHABAR_INGEST_ACCESS_API_KEYS}, comma-separated). */
    Optional<List<String>> apiKeys();

    /** Requests a second each key (or, without keys, each client address) may make, on average. */
    @WithDefault("200")
    int requestsPerSecond();

    /** Requests a key may make at once above the average before it is slowed down. */
    @WithDefault("400")
    int burst();
}
