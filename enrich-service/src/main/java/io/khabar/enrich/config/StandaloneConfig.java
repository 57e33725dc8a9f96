package io.khabar.enrich.config;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * {@link EnrichConfig} outside Quarkus, for the evaluation command, the benchmark and plain tests: the defaults
 * declared on the interface, overridden by system properties and environment variables as in the service.
 */
public final class StandaloneConfig {

    private StandaloneConfig() {
    }

    public static EnrichConfig load() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withMapping(EnrichConfig.class)
                .build();
        return config.getConfigMapping(EnrichConfig.class);
    }
}
