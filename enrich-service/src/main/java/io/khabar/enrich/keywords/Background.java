package io.khabar.enrich.keywords;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Document frequencies of phrase keys per language, learned from the articles this instance has seen: the "IDF" of
 * keyword scoring. Bounded: once {@code maxKeys} keys of a language are known, new ones are not added (known ones keep
 * counting). Thread-safe.
 */
public final class Background {

    private final int maxKeys;
    private final Map<String, Map<String, LongAdder>> frequencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> documents = new ConcurrentHashMap<>();

    public Background(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** Smoothed inverse document frequency of {@code key}: 1.0 for a key never seen when nothing has been. */
    public double idf(String language, String key) {
        long n = documents.getOrDefault(language, new AtomicLong()).get();
        Map<String, LongAdder> df = frequencies.get(language);
        long d = df == null || !df.containsKey(key) ? 0 : df.get(key).sum();
        return Math.log((n + 1.0) / (d + 1.0)) + 1.0;
    }

    /** Counts one more article of {@code language} with these distinct keys. */
    public void add(String language, Set<String> keys) {
        documents.computeIfAbsent(language, l -> new AtomicLong()).incrementAndGet();
        Map<String, LongAdder> df = frequencies.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        for (String key : keys) {
            LongAdder a = df.get(key);
            if (a == null && df.size() < maxKeys) {
                a = df.computeIfAbsent(key, k -> new LongAdder());
            }
            if (a != null) {
                a.increment();
            }
        }
    }
}
