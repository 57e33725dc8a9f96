package io.khabar.ingest.service;

/**
 * The outcome of ingesting one article.
 *
 * @param id     the article's stable id
 * @param status {@code new} (first time seen, published), {@code updated} (seen with other content, published
 *               again), {@code duplicate} (seen with the same content, or the same Idempotency-Key: nothing
 *               published) or {@code accepted} (published; the ledger was not loaded yet, so new or repeat is not
 *               known)
 */
public record Ingested(String id, String status) {

    public static final String NEW = "new";
    public static final String UPDATED = "updated";
    public static final String DUPLICATE = "duplicate";
    public static final String ACCEPTED = "accepted";

    /** Whether anything was published. */
    public boolean published() {
        return !DUPLICATE.equals(status);
    }
}
