package io.khabar.query.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code GET /api/v1/articles} and {@code GET /api/v1/facets} filter on; every part is optional and all parts
 * must hold together. Within {@code languages} and {@code sources} any value may match; every one of
 * {@code entities}, {@code countries} and {@code topics} must.
 *
 * @param q         words to find (PostgreSQL web-search syntax: quotes, {@code or}, {@code -})
 * @param languages ISO 639-1 codes
 * @param entities  canonical ids or names, each resolved to the entities of that id or name
 * @param countries ISO 3166 codes
 * @param topics    topic ids such as {@code medtop:11000000}
 * @param sources   outlets, case-insensitive
 * @param from      publication time from (inclusive)
 * @param to        publication time to (exclusive)
 * @param story     a story id: its members only
 */
public record ArticleFilter(Optional<String> q, List<String> languages, List<String> entities, List<String> countries,
                            List<String> topics, List<String> sources, Optional<Instant> from, Optional<Instant> to,
                            Optional<String> story) {

    /** A filter without a story. */
    public ArticleFilter(Optional<String> q, List<String> languages, List<String> entities, List<String> countries,
                         List<String> topics, List<String> sources, Optional<Instant> from, Optional<Instant> to) {
        this(q, languages, entities, countries, topics, sources, from, to, Optional.empty());
    }

    /** This filter, for the members of {@code story} only. */
    public ArticleFilter withStory(Optional<String> story) {
        return new ArticleFilter(q, languages, entities, countries, topics, sources, from, to, story);
    }

    /** The span of times this API takes (PostgreSQL's timestamps reach further, Java's SQL timestamps not as far). */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** See {@link #EARLIEST}. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Whether {@code t} lies within {@link #EARLIEST} and {@link #LATEST}. */
    public static boolean inRange(Instant t) {
        return !t.isBefore(EARLIEST) && !t.isAfter(LATEST);
    }
}
