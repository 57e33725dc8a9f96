package io.khabar.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.khabar.ingest.rest.Problem;

/**
 * The outcome of one item of a batch, in the order the items came.
 *
 * @param index  position of the item in the batch, from 0
 * @param id     the article id, when the item was accepted
 * @param status as for a single article: {@code new}, {@code updated}, {@code duplicate} or {@code accepted}
 * @param error  why it was not accepted, when it was not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItem(int index, String id, String status, Problem error) {

    /** Published now. */
    public boolean published() {
        return id != null && !Ingested.DUPLICATE.equals(status);
    }

    /** Accepted before, nothing published now. */
    public boolean duplicate() {
        return Ingested.DUPLICATE.equals(status);
    }
}
