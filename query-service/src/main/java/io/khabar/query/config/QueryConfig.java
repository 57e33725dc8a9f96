package io.khabar.query.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of query-service ({@code khabar.query.*}, or {@code KHABAR_QUERY_*} in the environment). */
@ConfigMapping(prefix = "khabar.query")
public interface QueryConfig {

    /** Page size when the request gives no {@code limit}. */
    @WithDefault("20")
    int defaultLimit();

    /** Largest {@code limit} a request may ask for. */
    @WithDefault("100")
    int maxLimit();

    /** Longest wait between two attempts to store a record while the database is unavailable. */
    @WithDefault("10s")
    Duration maxRetryBackoff();
}
