package io.khabar.ingest.mapping;

import java.time.Instant;

/**
 * Payload of a record on {@code articles.raw} (schema version {@value #SCHEMA_VERSION}); the README documents it as
 * JSON Schema. Events are not entities: this is what was said at one moment, never updated.
 *
 * @param schemaVersion version of this payload's schema
 * @param eventId       unique id of this event (also the CloudEvents {@code ce_id})
 * @param id            stable article id: the same article posted twice gets the same id
 * @param receivedAt    when ingest accepted the article
 * @param text          the article's text, as submitted (a string in the JSON)
 * @param title         headline, if given
 * @param url           canonical URL, if given
 * @param source        outlet or feed, if given
 * @param publishedAt   publication time as given, if given
 * @param language      the client's language hint, if given
 * @param author        author or byline, if known (from a web page's metadata)
 * @param format        how the article came in: {@code json}, {@code text} or {@code html}
 * @param html          the web page as received, when the article came in as HTML
 * @param contentHash   32 hex digits of SHA-256 of the text in NFC with white space folded: equal for equal texts
 */
public record RawArticleEvent(int schemaVersion, String eventId, String id, Instant receivedAt, ArticleText text,
                              String title, String url, String source, Instant publishedAt, String language,
                              String author, String format, String html, String contentHash) {

    public static final int SCHEMA_VERSION = 1;

    /** Format of an article posted as a JSON object. */
    public static final String JSON = "json";
    /** Format of an article posted as plain text. */
    public static final String TEXT = "text";
    /** Format of an article posted as a web page. */
    public static final String HTML = "html";
}
