package io.khabar.ingest.access;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.khabar.ingest.config.AccessConfig;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start a service that requires API keys but has none: it could accept nothing. */
public class AccessCheck {

    @Inject
    AccessConfig access;

    void check(@Observes StartupEvent ignored) {
        if (access.requireApiKey() && access.apiKeys().orElse(List.of()).stream().allMatch(String::isBlank)) {
            throw new IllegalStateException("khabar.ingest.access.require-api-key is true but no key is configured: "
                    + "set khabar.ingest.access.api-keys (environment KHABAR_INGEST_ACCESS_API_KEYS), or set "
                    + "khabar.ingest.access.require-api-key=false for an open service");
        }
    }
}
