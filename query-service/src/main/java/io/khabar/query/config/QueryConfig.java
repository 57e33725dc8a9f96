package io.khabar.query.config;

import java.time.Duration;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of query-service ({@code khabar.query.*}, or {@code KHABAR_QUERY_*} in the environment). */
@ConfigMapping(prefix = "khabar.query")
public interface QueryConfig {

    /** Page size when the request gives no {@code limit}. */
    @WithDefault("20")
    int defaultLimit();

    /** Largest {@code limit} a request may ask for. */
    @WithDefault("100")
    int maxLimit();

    /**
     * Largest {@code articles.enriched} value stored, in characters; a larger record goes to
     * {@code articles.enriched.dlq} with the reason. The default holds the largest article ingest-service accepts
     * (2,000,000 characters of text, carried as text, clean text and normalised text) with its tags.
     */
    @WithDefault("8000000")
    int maxRecordChars();

    /** Longest wait between two attempts to store a record while the database is unavailable. */
    @WithDefault("10s")
    Duration maxRetryBackoff();

    /** Admission of read requests ({@code ReadAdmission}). */
    Reads reads();

    /** Settings of the read API's admission control. */
    interface Reads {

        /**
         * Most requests of one lane (lists and look-ups; full-text words) answered at once; the others wait in arrival
         * order. Unset: twice the number of processors, but at most half of what the connection pool
         * ({@code quarkus.datasource.jdbc.max-size}, 20) has beyond six connections for the writers (7 with 20).
         */
        OptionalInt concurrency();

        /** Longest a request waits for its turn before it is answered 503 with {@code Retry-After}. */
        @WithDefault("5s")
        Duration maxWait();
    }

    /** The in-memory facet index ({@code FacetIndex}). */
    Facets facets();

    /** Settings of the in-memory facet index. */
    interface Facets {

        /**
         * Count facets from an in-memory copy of every article's facet values (about 180 bytes an article besides its
         * id) instead of in PostgreSQL; until the copy is loaded, and when this is false, PostgreSQL counts.
         */
        @WithDefault("true")
        boolean inMemory();

        /** How often the copy takes in newly stored articles in the background (a request catches up anyway). */
        @WithDefault("1s")
        Duration refresh();
    }

    /** Near-copies ({@code DuplicateAssigner}). */
    Duplicates duplicates();

    /** Settings of the near-copy assigner. */
    interface Duplicates {

        /** Least estimated Jaccard similarity of two same-language articles' shingles for one to be a copy. */
        @WithDefault("0.8")
        double minSimilarity();

        /**
         * How often the assigner takes in newly stored articles: a duration, or {@code off} for an instance that
         * stores and serves but leaves near-copies and stories to the others (none: no stories at all).
         */
        @WithDefault("500ms")
        String refresh();
    }

    /** Stories ({@code StoryAssigner}); the thresholds were chosen on the SemEval-2022 task 8 pairs (README). */
    Stories stories();

    /** Settings of the story assigner and of the stories topic. */
    interface Stories {

        /** Least cosine similarity of two same-language articles' story terms for them to be linked. */
        @WithDefault("0.15")
        double minSimilarity();

        /** Least cosine similarity of two articles of different languages (they share only names and numbers). */
        @WithDefault("0.08")
        double minCrossLanguageSimilarity();

        /** Most time between two linked articles' publication: reports of one event come within days. */
        @WithDefault("P3D")
        Duration window();

        /** Most candidates read per index key of an article (the latest published that share the key). */
        @WithDefault("400")
        int maxCandidates();

        /** How often the story events of the outbox are sent to the stories topic. */
        @WithDefault("500ms")
        Duration publishEvery();
    }
}
