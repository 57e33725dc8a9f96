package io.khabar.ingest.messaging;

/** Channel and topic names of ingest-service; tests use the same constants. */
public final class Topics {

    /** Topic that carries every accepted article to enrichment, keyed by article id. */
    public static final String ARTICLES_RAW = "articles.raw";
    /** Outgoing channel bound to {@link #ARTICLES_RAW}. */
    public static final String ARTICLES_RAW_CHANNEL = "articles-raw";
    /** CloudEvents {@code ce_type} of the records on {@link #ARTICLES_RAW}. */
    public static final String RAW_EVENT_TYPE = "khabar.article.raw.v1";
    /** CloudEvents {@code ce_source} of the records this service publishes. */
    public static final String EVENT_SOURCE = "/khabar/ingest-service";

    private Topics() {
    }
}
