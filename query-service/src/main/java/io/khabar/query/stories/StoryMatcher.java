package io.khabar.query.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

import io.khabar.query.config.QueryConfig;

/**
 * Whether two articles report one event: published within the window of each other, not naming different main
 * actors ({@link StoryEntities#conflicts}), and either alike in words (sharing one of their heaviest story terms, and
 * a cosine above the bar, lower across languages, where only names, numbers and shared word stems can meet) or, in
 * different languages, in entities (two or more people, organisations or places in common, half of those of the one
 * that names fewer, and an entity cosine of {@value #ENTITY_SIMILARITY}: how reports in different scripts meet).
 * Within one language words decide: two reports sharing a president and his palace are not one story for that. The rule is symmetric and looks at the two articles only, so a story (a connected set of linked
 * articles) is the same whatever order its members arrive in. Callable without a database: the evaluation command
 * uses it as the assigner does.
 */
public final class StoryMatcher {

    /** One article as the matcher sees it; {@code time} may be null when unknown (evaluation sets without dates). */
    public record Article(String id, String language, Instant time, StoryTerms terms, StoryEntities entities) {

        /** The keys under which it is found as a candidate: its heaviest terms and most mentioned entities. */
        public long[] indexKeys() {
            long[] t = terms.indexKeys();
            long[] e = entities.indexKeys();
            long[] all = java.util.Arrays.copyOf(t, t.length + e.length);
            System.arraycopy(e, 0, all, t.length, e.length);
            return all;
        }
    }

    /**
     * Least entity similarity for a link across languages, with at least {@link #SHARED_SPECIFIC} entities below a
     * country in common and at least half of those of the article that names fewer.
     */
    public static final double ENTITY_SIMILARITY = 0.5;
    /** See {@link #ENTITY_SIMILARITY}. */
    public static final int SHARED_SPECIFIC = 2;

    private final double sameLanguage;
    private final double crossLanguage;
    private final Duration window;

    public StoryMatcher(double sameLanguage, double crossLanguage, Duration window) {
        this.sameLanguage = sameLanguage;
        this.crossLanguage = crossLanguage;
        this.window = window;
    }

    public static StoryMatcher of(QueryConfig.Stories config) {
        return new StoryMatcher(config.minSimilarity(), config.minCrossLanguageSimilarity(), config.window());
    }

    public Duration window() {
        return window;
    }

    /** Their similarity when they are linked; empty when they are not. */
    public OptionalDouble link(Article a, Article b) {
        if (!withinWindow(a, b)) {
            return OptionalDouble.empty();
        }
        if (a.entities().conflicts(b.entities())) {
            return OptionalDouble.empty();
        }
        double words = similarity(a, b);
        double bar = a.language().equals(b.language()) ? sameLanguage : crossLanguage;
        if (words >= bar) {
            return OptionalDouble.of(words);
        }
        if (!a.language().equals(b.language()) && a.entities().sharesMostSpecific(b.entities(), SHARED_SPECIFIC)) {
            double entities = a.entities().cosine(b.entities());
            if (entities >= ENTITY_SIMILARITY) {
                return OptionalDouble.of(entities);
            }
        }
        return OptionalDouble.empty();
    }

    /** Whether the two were published within the window of each other (or either time is unknown). */
    public boolean withinWindow(Article a, Article b) {
        return a.time() == null || b.time() == null
                || Duration.between(a.time(), b.time()).abs().compareTo(window) <= 0;
    }

    /** The similarity in words alone: their cosine when they share a heavy term, else 0. */
    public static double similarity(Article a, Article b) {
        return a.terms().shareIndexed(b.terms()) ? a.terms().cosine(b.terms()) : 0;
    }
}
