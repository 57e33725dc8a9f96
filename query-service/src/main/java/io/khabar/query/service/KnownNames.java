package io.khabar.query.service;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The entity names this instance has seen committed to {@code entity_name}, so that a name every article about an
 * entity repeats is sent to PostgreSQL once, not with each article (it was the dearest tag insert: mostly conflicts,
 * 0.16 ms of database time an article); likewise the topic labels of {@code topic_label} (keys of {@code "topic:" +}
 * the topic's id). Names are never deleted, so a name known here is in the table (or has an empty search key, and is
 * never written); one not known
 * here is inserted with {@code on conflict do nothing} as before. Bounded: when full it starts again empty.
 */
@ApplicationScoped
public class KnownNames {

    static final int MAX = 500_000;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The key of one spelling of an entity in one language. */
    static String key(String entityId, String language, String name) {
        return entityId + '\u0000' + language + '\u0000' + name;
    }

    boolean contains(String key) {
        return known.contains(key);
    }

    /** Remembers {@code keys} once the running transaction has committed (not at all if it rolls back). */
    void addWhenCommitted(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        AfterCommit.run(transactions, () -> {
            if (known.size() + keys.size() > MAX) {
                known.clear();
            }
            known.addAll(keys);
        });
    }
}
