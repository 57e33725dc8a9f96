package io.khabar.query.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The text-search configurations stored articles actually use (a handful, of the thirty possible), so that a search
 * has one branch per language present rather than thirty: planning the thirty took up to 28 ms a request. Asked of
 * the database at most every {@value #TTL_MILLIS} ms, and told by this instance's writer at once; an article of a
 * language new to the database, stored by another instance, is found by words at most that long after.
 */
@ApplicationScoped
public class SearchConfigs {

    static final long TTL_MILLIS = 5_000;

    @Inject
    EntityManager em;

    private volatile List<String> inUse;
    private volatile long asked;

    /** Notes a configuration this instance is storing articles with, so that its own searches use it at once. */
    public void storing(String config) {
        List<String> known = inUse;
        if (known != null && !known.contains(config)) {
            List<String> more = new java.util.ArrayList<>(known);
            more.add(config);
            inUse = List.copyOf(more);
        }
    }

    @SuppressWarnings("unchecked")
    public List<String> inUse() {
        long now = System.currentTimeMillis();
        List<String> known = inUse;
        if (known == null || now - asked > TTL_MILLIS) {
            known = em.createNativeQuery("select c from unnest(cast(:all as text[])) c where exists"
                    + " (select 1 from article where search_config = c) order by c")
                    .setParameter("all", SearchText.configs().toArray(new String[0])).getResultList();
            if (known.isEmpty()) {
                known = List.of(SearchText.SIMPLE); // an empty database: a search that finds nothing, validly
            }
            inUse = known;
            asked = now;
        }
        return known;
    }
}
