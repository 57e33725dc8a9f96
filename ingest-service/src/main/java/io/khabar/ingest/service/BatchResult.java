package io.khabar.ingest.service;

import java.util.List;

/**
 * The answer to a batch: counts and each item's outcome in order.
 *
 * @param accepted   items published and acknowledged by the broker
 * @param duplicates items accepted before with the same content: nothing published
 * @param rejected   items refused (invalid, or the broker did not acknowledge)
 * @param items      one outcome per item, in the order of the batch
 */
public record BatchResult(int accepted, int duplicates, int rejected, List<BatchItem> items) {

    public static BatchResult of(List<BatchItem> items) {
        int published = (int) items.stream().filter(BatchItem::published).count();
        int duplicates = (int) items.stream().filter(BatchItem::duplicate).count();
        return new BatchResult(published, duplicates, items.size() - published - duplicates, items);
    }
}
