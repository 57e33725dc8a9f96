package io.khabar.ingest;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tests whose HTTP server listens on 127.0.0.1 need private addresses allowed (and short feed intervals). */
public class AllowLocalAddresses implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("khabar.ingest.fetch.allow-private-addresses", "true",
                "khabar.ingest.fetch.max-redirects", "3",
                "khabar.ingest.feeds.min-interval", "1s");
    }
}
