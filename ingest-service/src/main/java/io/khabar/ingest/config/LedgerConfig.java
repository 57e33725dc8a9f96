package io.khabar.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where ingest keeps what it has accepted ({@code khabar.ingest.ledger.*}). */
@ConfigMapping(prefix = "khabar.ingest.ledger")
public interface LedgerConfig {

    /** Compacted topic holding accepted article ids (with content hashes) and idempotency keys. */
    @WithDefault("ingest.ledger")
    String topic();

    /** Partitions of the topic when ingest creates it. */
    @WithDefault("2")
    int partitions();
}
