package io.khabar.ingest.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of ingest-service ({@code khabar.ingest.*}, or {@code KHABAR_INGEST_*} in the environment). */
@ConfigMapping(prefix = "khabar.ingest")
public interface IngestConfig {

    /** Largest request body accepted, in bytes; larger bodies get 413. */
    @WithDefault("4194304")
    long maxBodyBytes();

    /** Largest body of {@code POST /api/v1/articles/batch}, in bytes (the batch is streamed, not held). */
    @WithDefault("125829120")
    long maxBatchBytes();

    /** Largest article text accepted, in characters. */
    @WithDefault("2000000")
    int maxTextChars();

    /** How long a request waits for the broker's acknowledgement before answering 503. */
    @WithDefault("15s")
    Duration publishTimeout();

    /** Seconds a client is told to wait (Retry-After) when the broker is unavailable. */
    @WithDefault("5")
    int retryAfterSeconds();
}
