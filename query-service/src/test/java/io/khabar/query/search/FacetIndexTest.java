package io.khabar.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.khabar.query.search.FacetIndex.Facet;
import io.khabar.query.search.FacetIndex.Filter;
import io.khabar.query.search.FacetIndex.Row;
import io.khabar.query.search.FacetIndex.Value;

/** The in-memory facet index alone: filters, time bounds, days, order among equal counts, replacing an article. */
class FacetIndexTest {

    private static final long DAY = 86_400_000_000L;

    private static long micros(String t) {
        return FacetCounts.micros(Instant.parse(t));
    }

    private static Filter filter(List<String> languages, List<String> sources, List<List<String>> entities,
                                 List<String> countries, List<String> topics) {
        return new Filter(languages, sources, entities, countries, topics, OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty());
    }

    private static Filter all() {
        return filter(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static FacetIndex sample() {
        FacetIndex index = new FacetIndex();
        index.put(new Row("a", micros("2023-07-31T08:00:00Z"), "fa", "IRNA", List.of("defence", "diplomacy"),
                List.of("IR", "BY"), List.of("Q794", "Q184", "khrenin")));
        index.put(new Row("b", micros("2023-07-31T23:59:59.999999Z"), "de", "irna", List.of("defence"),
                List.of("BY"), List.of("Q184", "khrenin")));
        index.put(new Row("c", micros("2023-08-01T00:00:00Z"), "ru", null, List.of("diplomacy"), List.of(),
                List.of("khrenin")));
        index.put(new Row("d", micros("1969-12-31T12:00:00Z"), "fa", "ILNA", List.of(), List.of("TJ"),
                List.of("Q863", "Q794")));
        return index;
    }

    @Test
    void countsEveryFacetOfTheWholeIndex() {
        FacetIndex.Counted c = sample().count(all(), 10);
        assertEquals(4, c.total());
        assertEquals(List.of(new Value("fa", 2), new Value("de", 1), new Value("ru", 1)), c.top().get(Facet.LANGUAGE));
        // sources are counted as written (null as ""), ties in code point order
        assertEquals(List.of(new Value("", 1), new Value("ILNA", 1), new Value("IRNA", 1), new Value("irna", 1)),
                c.top().get(Facet.SOURCE));
        assertEquals(List.of(new Value("khrenin", 3), new Value("Q184", 2), new Value("Q794", 2), new Value("Q863", 1)),
                c.top().get(Facet.ENTITY));
        assertEquals(List.of(new Value("BY", 2), new Value("IR", 1), new Value("TJ", 1)), c.top().get(Facet.COUNTRY));
        // UTC days, before the epoch too
        assertEquals(new TreeMap<>(Map.of(-1L, 1L, 19569L, 2L, 19570L, 1L)), c.days());
        assertEquals(List.of(new Value("khrenin", 3)), sample().count(all(), 1).top().get(Facet.ENTITY));
    }

    @Test
    void filtersCombineLikeTheArticleList() {
        FacetIndex index = sample();
        assertEquals(2, index.count(filter(List.of("fa"), List.of(), List.of(), List.of(), List.of()), 10).total());
        assertEquals(3, index.count(filter(List.of("fa", "de"), List.of(), List.of(), List.of(), List.of()), 10)
                .total());
        // sources compared case-insensitively, like lower(source) in SQL
        assertEquals(2, index.count(filter(List.of(), List.of("Irna"), List.of(), List.of(), List.of()), 10).total());
        // each entity parameter is a set of alternatives; several parameters must all hold
        assertEquals(3, index.count(filter(List.of(), List.of(), List.of(List.of("Q184", "Q863")), List.of(),
                List.of()), 10).total());
        assertEquals(1, index.count(filter(List.of(), List.of(), List.of(List.of("Q794"), List.of("khrenin")),
                List.of(), List.of()), 10).total());
        assertEquals(0, index.count(filter(List.of(), List.of(), List.of(List.of()), List.of(), List.of()), 10)
                .total());
        assertEquals(1, index.count(filter(List.of(), List.of(), List.of(), List.of("BY", "IR"), List.of()), 10)
                .total());
        assertEquals(1, index.count(filter(List.of("de"), List.of(), List.of(), List.of(), List.of("defence")), 10)
                .total());
        assertEquals(0, index.count(filter(List.of("xx"), List.of(), List.of(), List.of(), List.of()), 10).total());
    }

    @Test
    void timeBoundsAreFromInclusiveToExclusive() {
        FacetIndex index = sample();
        Filter day = new Filter(List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.of(micros("2023-07-31T00:00:00Z")), OptionalLong.of(micros("2023-08-01T00:00:00Z")),
                Optional.empty());
        FacetIndex.Counted c = index.count(day, 10);
        assertEquals(2, c.total());
        assertEquals(List.of(new Value("Q184", 2), new Value("khrenin", 2), new Value("Q794", 1)),
                c.top().get(Facet.ENTITY));
        assertEquals(1, index.count(new Filter(List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.of(micros("2023-08-01T00:00:00Z")), OptionalLong.empty(), Optional.empty()), 10)
                .total());
    }

    @Test
    void idsFoundForWordsRestrictTheCount() {
        Collection<String> ids = List.of("a", "d", "not-stored");
        FacetIndex.Counted c = sample().count(new Filter(List.of("fa"), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.of(ids)), 10);
        assertEquals(2, c.total());
        assertEquals(0, sample().count(new Filter(List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.of(List.of())), 10).total());
    }

    @Test
    void storedSequenceNumbersFoundForWordsRestrictTheCountAndFollowAStoringAgain() {
        FacetIndex index = new FacetIndex();
        index.put(new Row("a", micros("2023-07-31T08:00:00Z"), "fa", "IRNA", List.of("defence"), List.of("IR"),
                List.of("Q794"), false, 11));
        index.put(new Row("b", micros("2023-07-31T09:00:00Z"), "de", "dpa", List.of("defence"), List.of("BY"),
                List.of("Q184"), false, 12));
        index.put(new Row("c", micros("2023-07-31T10:00:00Z"), "fa", "ILNA", List.of(), List.of("TJ"),
                List.of("Q863"), false, 13));
        FacetIndex.Counted c = index.count(new Filter(List.of("fa"), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.of(new long[] {11, 12, 99})), 10);
        assertEquals(1, c.total(), "a (fa) of the matches 11 and 12; 99 is no article");
        assertEquals(List.of(new Value("Q794", 1)), c.top().get(Facet.ENTITY));
        assertEquals(true, index.holdsAll(new long[] {11, 12, 13}));
        assertEquals(false, index.holdsAll(new long[] {11, 99}));
        // a stored again, with a new number: the new number and the old one (a search whose snapshot predates the new
        // version) both find it, with its new tags, and it is counted once
        index.put(new Row("a", micros("2023-07-31T08:00:00Z"), "fa", "IRNA", List.of("sport"), List.of("US"),
                List.of("Q30"), false, 14));
        assertEquals(true, index.holdsAll(new long[] {11, 14}));
        FacetIndex.Counted old = index.count(new Filter(List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.of(new long[] {11})), 10);
        assertEquals(List.of(new Value("Q30", 1)), old.top().get(Facet.ENTITY));
        FacetIndex.Counted again = index.count(new Filter(List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.of(new long[] {14, 11, 13})), 10);
        assertEquals(2, again.total());
        assertEquals(List.of(new Value("Q30", 1), new Value("Q863", 1)), again.top().get(Facet.ENTITY));
        assertEquals(0, index.count(new Filter(List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.of(new long[0])), 10).total());
    }

    @Test
    void earlierStoredNumbersAreForgottenOnceTheyOutnumberTheRowsAndNumbersFollowTheRowsPastTheFirstArrays() {
        FacetIndex index = new FacetIndex();
        int rows = 3000; // past the first arrays (1,024 rows)
        for (int i = 0; i < rows; i++) {
            index.put(new Row("r" + i, i * DAY, "de", "s", List.of(), List.of(), List.of("e" + i), false, 1 + i));
        }
        assertEquals(rows, index.seqsHeld());
        // every row stored twice more: the earlier numbers reach twice the rows and more, and are forgotten
        long seq = rows + 1;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < rows; i++) {
                index.put(new Row("r" + i, i * DAY, "de", "s", List.of(), List.of(), List.of("e" + i), false, seq++));
            }
        }
        assertTrue(index.seqsHeld() <= 2 * rows + 1024, "earlier numbers forgotten: " + index.seqsHeld());
        long[] current = new long[rows];
        for (int i = 0; i < rows; i++) {
            current[i] = seq - rows + i;
        }
        assertEquals(true, index.holdsAll(current), "every row's current number still finds it");
        FacetIndex.Counted last = index.count(new Filter(List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.of(new long[] {seq - 1})), 10);
        assertEquals(List.of(new Value("e" + (rows - 1), 1)), last.top().get(Facet.ENTITY));
        assertEquals(rows, index.count(new Filter(List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.of(current)), 10).total());
    }

    @Test
    void anArticleStoredAgainReplacesItsValues() {
        FacetIndex index = sample();
        index.put(new Row("a", micros("2024-01-01T00:00:00Z"), "en", "Reuters", List.of("sport"), List.of("US"),
                List.of("Q30")));
        assertEquals(4, index.size());
        FacetIndex.Counted c = index.count(all(), 10);
        assertEquals(4, c.total());
        assertEquals(List.of(new Value("khrenin", 2), new Value("Q184", 1), new Value("Q30", 1), new Value("Q794", 1),
                new Value("Q863", 1)), c.top().get(Facet.ENTITY));
        assertEquals(0, index.count(filter(List.of(), List.of(), List.of(), List.of("IR"), List.of()), 10).total());
        assertEquals(1, index.count(filter(List.of("en"), List.of("reuters"), List.of(List.of("Q30")),
                List.of("US"), List.of("sport")), 10).total());
        assertEquals(0, index.count(filter(List.of("fa"), List.of(), List.of(List.of("Q184")), List.of(), List.of()),
                10).total());
    }

    @Test
    void knowsTheValuesArticlesHaveAndCountsTheirArticles() {
        FacetIndex index = sample();
        assertEquals(3, index.articlesWith(Facet.ENTITY, "khrenin"));
        assertEquals(0, index.articlesWith(Facet.ENTITY, "nobody"));
        assertEquals(true, index.knows(Facet.ENTITY, "Q863"));
        assertEquals(false, index.knows(Facet.ENTITY, "BY"));
        assertEquals(true, index.knows(Facet.COUNTRY, "BY"));
    }

    @Test
    void growsPastItsFirstArrays() {
        FacetIndex index = new FacetIndex();
        for (int i = 0; i < 5000; i++) {
            index.put(new Row("r" + i, i * DAY, i % 2 == 0 ? "fa" : "de", "s" + (i % 7), List.of("t" + (i % 3)),
                    List.of("IR"), List.of("e" + (i % 11))));
        }
        FacetIndex.Counted c = index.count(filter(List.of("fa"), List.of(), List.of(List.of("e0")), List.of(),
                List.of()), 3);
        // even i divisible by 11: i = 0, 22, ..., 4994
        assertEquals(228, c.total());
        assertEquals(228, c.days().size());
        assertEquals(3, c.top().get(Facet.SOURCE).size());
    }
}
