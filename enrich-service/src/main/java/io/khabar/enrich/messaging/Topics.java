package io.khabar.enrich.messaging;

/** Channel and topic names of enrich-service; tests use the same constants. */
public final class Topics {

    /** Raw articles from ingest-service, keyed by article id. */
    public static final String ARTICLES_RAW = "articles.raw";
    /** Incoming channel bound to {@link #ARTICLES_RAW}. */
    public static final String ARTICLES_RAW_CHANNEL = "articles-raw";
    /** Where a raw record that cannot be read ends, with the reason in the {@code dead-letter-reason} header. */
    public static final String ARTICLES_RAW_DLQ = "articles.raw.dlq";
    /** Enriched articles for query-service and any outside subscriber, keyed by article id. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";
    /** Outgoing channel bound to {@link #ARTICLES_ENRICHED}. */
    public static final String ARTICLES_ENRICHED_CHANNEL = "articles-enriched";
    /** CloudEvents {@code ce_type} of the records on {@link #ARTICLES_ENRICHED}. */
    public static final String ENRICHED_EVENT_TYPE = "khabar.article.enriched.v2";
    /** CloudEvents {@code ce_source} of the records this service publishes. */
    public static final String EVENT_SOURCE = "/khabar/enrich-service";

    private Topics() {
    }
}
