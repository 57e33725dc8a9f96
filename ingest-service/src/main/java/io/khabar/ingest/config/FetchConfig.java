package io.khabar.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How ingest fetches pages from the web ({@code khabar.ingest.fetch.*}). */
@ConfigMapping(prefix = "khabar.ingest.fetch")
public interface FetchConfig {

    /** Time to establish a connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time for a whole response, per request. */
    @WithDefault("20s")
    Duration timeout();

    /** Redirects followed before giving up. */
    @WithDefault("5")
    int maxRedirects();

    /** Largest page fetched, in bytes. */
    @WithDefault("8388608")
    long maxBytes();

    /**
     * Whether loopback, link-local, private and other non-public addresses may be fetched. Off by default, so that
     * a caller cannot make the service reach into its own network (server-side request forgery).
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Host names that may be fetched even when they resolve to a non-public address. */
    Optional<List<String>> allowedHosts();

    /** User-Agent sent with every request. */
    @WithDefault("Khabar/0.1 (+https://github.com/khabar; news ingest)")
    String userAgent();
}
