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

    /** Changes of story membership (created, updated, merged), keyed by story id; see StoryEvents. */
    public static final String STORIES = "stories";
    /** Outgoing channel bound to {@link #STORIES}: the outbox relay (StoryEventRelay) sends on it. */
    public static final String STORIES_CHANNEL = "stories";
    /** The CloudEvents type of a story event, in the {@code ce_type} header; the payload's {@code type} says which. */
    public static final String STORY_EVENT_TYPE = "khabar.story.changed.v1";

    private Topics() {
    }
}
