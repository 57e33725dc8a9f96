package io.khabar.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Query;

import org.junit.jupiter.api.Test;

/**
 * The SQL a search is made of, for databases holding one kind of language only (an empty one, only Persian, only
 * stemmed languages): the statement must be valid and only the parameters it names may be bound.
 */
class ArticleSearchSqlTest {

    @Test
    void withOnlyStemmedLanguagesTheWordsAreBoundUnfoldedAndTheRankListIsValid() {
        String match = ArticleSearch.match(List.of("english", "german"));
        assertTrue(match.contains(":q)") && !match.contains(":qFolded"), match);
        assertEquals(List.of("q"), bound(match, List.of(new Object[] {"q", "x"}, new Object[] {"qFolded", "x"})));
        String rank = ArticleSearch.rank(List.of("english", "german"));
        assertFalse(rank.contains(", )") || rank.contains("()"), rank);
        assertTrue(rank.contains("'simple'") && rank.contains("'arabic'"), rank);
    }

    @Test
    void withOnlyFoldedLanguagesOrNoneTheFoldedWordsAloneAreBound() {
        for (List<String> configs : List.of(List.of("simple"), List.of("arabic", "simple"))) {
            String match = ArticleSearch.match(configs);
            assertEquals(List.of("qFolded"), bound(match, List.of(new Object[] {"q", "x"},
                    new Object[] {"qFolded", "x"})), match);
        }
    }

    /** The names {@link ArticleSearch#bind} sets on a query for {@code sql}. */
    private static List<String> bound(String sql, List<Object[]> params) {
        List<String> names = new ArrayList<>();
        Query query = (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args[0] instanceof String name) {
                        names.add(name);
                    }
                    return proxy;
                });
        ArticleSearch.bind(query, sql, params);
        return names;
    }
}
