package io.khabar.ingest.service;

import java.util.List;

/**
 * The answer to a batch: counts and each item's outcome in order.
 *
 * @param accepted items published and acknowledged by the broker
 * @param rejected items refused (invalid, or the broker did not acknowledge)
 * @param items    one outcome per item, in the order of the batch
 */
public record BatchResult(int accepted, int rejected, List<BatchItem> items) {

    public static BatchResult of(List<BatchItem> items) {
        int ok = (int) items.stream().filter(BatchItem::accepted).count();
        return new BatchResult(ok, items.size() - ok, items);
    }
}
