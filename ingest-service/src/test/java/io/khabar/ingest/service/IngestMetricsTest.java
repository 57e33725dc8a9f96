package io.khabar.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Sources get series of their own up to a bound; clients cannot grow the metrics without end. */
class IngestMetricsTest {

    @Test
    void sourcesAreCountedSeparatelyUpToTheBoundThenAsOther() {
        IngestMetrics metrics = new IngestMetrics();
        metrics.registry = new SimpleMeterRegistry();
        metrics.count("json", "IRNA ", "accepted", "new");
        metrics.count("json", "irna", "accepted", "new");
        metrics.count("json", null, "rejected", "text");
        assertEquals(2.0, metrics.registry.get("khabar.ingest.articles").tag("source", "irna").counter().count());
        assertEquals(1.0, metrics.registry.get("khabar.ingest.articles").tag("source", "none").counter().count());
        for (int i = 0; i < IngestMetrics.MAX_SOURCES + 50; i++) {
            metrics.count("json", "outlet-" + i, "accepted", "new");
        }
        assertEquals(51.0, metrics.registry.get("khabar.ingest.articles").tag("source", "other").counter().count());
        assertEquals("irna", metrics.sourceTag("IRNA"), "a source seen before keeps its series");
    }
}
