package io.khabar.query.messaging;

/** Channel and topic names of query-service; tests use the same constants. */
public final class Topics {

    /** Enriched articles from enrich-service, keyed by article id. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";
    /** Incoming channel bound to {@link #ARTICLES_ENRICHED}. */
    public static final String ARTICLES_ENRICHED_CHANNEL = "articles-enriched";
    /** Where a record that cannot be read ends, with the reason in the {@code dead-letter-reason} header. */
    public static final String ARTICLES_ENRICHED_DLQ = "articles.enriched.dlq";
    /** Outgoing channel bound to {@link #ARTICLES_ENRICHED_DLQ}: the consumer dead-letters records itself. */
    public static final String ARTICLES_ENRICHED_DLQ_CHANNEL = "articles-enriched-dlq";

    private Topics() {
    }
}
