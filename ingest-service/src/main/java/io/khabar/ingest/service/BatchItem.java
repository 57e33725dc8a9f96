package io.khabar.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.khabar.ingest.rest.Problem;

/**
 * The outcome of one item of a batch, in the order the items came.
 *
 * @param index  position of the item in the batch, from 0
 * @param id     the article id, when the item was accepted
 * @param error  why it was not, when it was not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItem(int index, String id, Problem error) {

    public boolean accepted() {
        return id != null;
    }
}
