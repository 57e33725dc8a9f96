package io.khabar.ingest.service;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code khabar_ingest_articles_total{format, source, outcome, reason}} and {@code khabar_ingest_publish_seconds}.
 * The source is the article's outlet as the client named it; the first {@value #MAX_SOURCES} distinct sources get a
 * series of their own and later ones count as {@code other}, so that clients cannot grow the metrics without bound.
 */
@ApplicationScoped
public class IngestMetrics {

    static final int MAX_SOURCES = 200;
    private final Map<String, Boolean> sources = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile Timer publish;

    @Inject
    MeterRegistry registry;

    /** Counts one article's outcome: accepted, duplicate, rejected or unavailable, and why. */
    public void count(String format, String source, String outcome, String reason) {
        String src = sourceTag(source);
        counters.computeIfAbsent(format + '|' + src + '|' + outcome + '|' + reason, k -> Counter
                .builder("khabar.ingest.articles").description("Articles by what became of them")
                .tags("format", format, "source", src, "outcome", outcome, "reason", reason).register(registry))
                .increment();
    }

    /** Records the time from handing an article to the producer to the broker's acknowledgement. */
    public void published(long nanos) {
        Timer t = publish;
        if (t == null) {
            t = registry.timer("khabar.ingest.publish");
            publish = t;
        }
        t.record(nanos, TimeUnit.NANOSECONDS);
    }

    String sourceTag(String source) {
        if (source == null || source.isBlank()) {
            return "none";
        }
        String s = source.strip().toLowerCase(Locale.ROOT);
        s = s.length() > 64 ? s.substring(0, 64) : s;
        if (sources.containsKey(s)) {
            return s;
        }
        synchronized (sources) {
            if (sources.size() < MAX_SOURCES) {
                sources.put(s, Boolean.TRUE);
                return s;
            }
        }
        return sources.containsKey(s) ? s : "other";
    }
}
