package io.khabar.query.service;

import java.sql.Timestamp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What this instance has seen committed to {@code entity}: for each entity a span of time the row is known to cover,
 * and its type, name and country as of the span's end. A batch whose view of an entity would change nothing is not
 * sent (see {@link #unchanged}). The upsert locks its row until the transaction ends, even when its {@code WHERE}
 * leaves the row as it is, and the most mentioned entities are in every batch: two batches stored at once waited for
 * each other there (5% of the database's samples in bench-query). The row's span only ever widens, so a span known
 * here stays inside it however stale; bounded: when full it starts again empty.
 */
@ApplicationScoped
public class KnownEntities {

    static final int MAX = 200_000;

    /** A span of time the stored row covers, and the type, name and country written with its end. */
    record Known(String type, String name, String country, Timestamp first, Timestamp last) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Whether writing this view of an entity would leave its row as it is: the span lies within the known one, the
     * type and name are those of the row unless seen before its last sighting (when they are not written), and the
     * country is none or the row's.
     */
    boolean unchanged(String id, String type, String name, String country, Timestamp first, Timestamp last) {
        Known k = known.get(id);
        if (k == null || first.before(k.first()) || last.after(k.last())) {
            return false;
        }
        boolean sameNaming = last.before(k.last()) || type.equals(k.type()) && name.equals(k.name());
        return sameNaming && (country == null || country.equals(k.country()));
    }

    /** Widens what is known of {@code id} once the running transaction has committed this view of it. */
    void addWhenCommitted(Map<String, Known> written) {
        if (written.isEmpty()) {
            return;
        }
        AfterCommit.run(transactions, () -> remember(written));
    }

    /** Widens what is known of each entity by a committed view of it. */
    void remember(Map<String, Known> written) {
        if (known.size() + written.size() > MAX) {
            known.clear();
        }
        written.forEach((id, w) -> known.merge(id, w, KnownEntities::widen));
    }

    /** The row covers both spans; its naming is the later one's, its country the written one's unless none. */
    static Known widen(Known old, Known w) {
        Timestamp first = w.first().before(old.first()) ? w.first() : old.first();
        boolean later = !w.last().before(old.last());
        Timestamp last = later ? w.last() : old.last();
        String country = w.country() != null ? w.country() : old.country();
        return later ? new Known(w.type(), w.name(), country, first, last)
                : new Known(old.type(), old.name(), country, first, last);
    }
}
