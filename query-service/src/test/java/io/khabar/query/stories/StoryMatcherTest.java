package io.khabar.query.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class StoryMatcherTest {

    static final StoryMatcher MATCHER = new StoryMatcher(0.15, 0.08, Duration.ofDays(3));
    static final Instant T = Instant.parse("2023-01-09T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    static StoryTerms terms(String... termsAndWeights) {
        String[] terms = new String[termsAndWeights.length / 2];
        float[] weights = new float[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            terms[i] = termsAndWeights[2 * i];
            weights[i] = Float.parseFloat(termsAndWeights[2 * i + 1]);
            norm += weights[i] * weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= (float) Math.sqrt(norm);
        }
        return new StoryTerms("tfidf-p6-64", terms, weights);
    }

    static StoryEntities entities(Object... idTypeCount) {
        int n = idTypeCount.length / 3;
        String[] ids = new String[n];
        String[] types = new String[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (String) idTypeCount[3 * i];
            types[i] = (String) idTypeCount[3 * i + 1];
            counts[i] = (Integer) idTypeCount[3 * i + 2];
        }
        return new StoryEntities(ids, counts, types);
    }

    static StoryMatcher.Article article(String language, Instant time, StoryTerms t, StoryEntities e) {
        return new StoryMatcher.Article(language + time, language, time, t, e);
    }

    @Test
    void alikeWordsLinkWithinTheWindowAndNotBeyondIt() {
        StoryTerms words = terms("hochwa", "3", "ahrtal", "2", "scholz", "1");
        StoryMatcher.Article a = article("de", T, words, StoryEntities.NONE);
        assertEquals(1.0, MATCHER.link(a, article("de", T.plus(Duration.ofDays(2)), words, StoryEntities.NONE))
                .orElseThrow(), 1e-6);
        assertTrue(MATCHER.link(a, article("de", T.plus(Duration.ofDays(4)), words, StoryEntities.NONE)).isEmpty(),
                "four days later is beyond the window");
        assertTrue(MATCHER.link(a, article("de", null, words, StoryEntities.NONE)).isPresent(),
                "an unknown time does not rule a link out");
        assertTrue(MATCHER.withinWindow(a, article("de", T.minus(Duration.ofDays(3)), words, StoryEntities.NONE)));
        assertFalse(MATCHER.withinWindow(a, article("de", T.plus(Duration.ofDays(365)), words, StoryEntities.NONE)),
                "the window bounds a near-copy's link to its original too");
    }

    @Test
    void theBarIsLowerAcrossLanguagesWhereOnlyNamesAndNumbersMeet() {
        StoryTerms german = terms("scholz", "1", "ahrtal", "1", "hochwa", "3", "wieder", "3");
        StoryTerms english = terms("scholz", "1", "ahrtal", "1", "floods", "3", "rebuil", "3");
        double cos = german.cosine(english);
        assertTrue(cos > 0.08 && cos < 0.15, "cosine " + cos);
        assertTrue(MATCHER.link(article("de", T, german, StoryEntities.NONE),
                article("en", T, english, StoryEntities.NONE)).isPresent());
        assertTrue(MATCHER.link(article("de", T, german, StoryEntities.NONE),
                article("de", T, english, StoryEntities.NONE)).isEmpty(), "within one language the bar is 0.15");
    }

    @Test
    void reportsInDifferentScriptsMeetByTheirEntities() {
        StoryEntities meeting = entities("Q794", "country", 10, "Q184", "country", 8,
                "khabar:person:viktor-khrenin", "person", 2, "khabar:person:mohammad-reza-ashtiani", "person", 4);
        StoryMatcher.Article persian = article("fa", T, terms("بلاروس", "1", "دفاع", "1"), meeting);
        StoryMatcher.Article german = article("de", T, terms("belaru", "1", "vertei", "1"), meeting);
        assertTrue(MATCHER.link(persian, german).isPresent());
        StoryEntities onlyOnePerson = entities("Q794", "country", 10, "Q184", "country", 8,
                "khabar:person:viktor-khrenin", "person", 2);
        assertTrue(MATCHER.link(persian, article("de", T, terms("belaru", "1"), onlyOnePerson)).isEmpty(),
                "one person and two countries in common is not enough");
        assertTrue(MATCHER.link(persian, article("fa", T, terms("ديدار", "1"), meeting)).isEmpty(),
                "within one language the words decide");
        StoryEntities left = entities("Q794", "country", 10, "Q184", "country", 10, "khabar:person:viktor-khrenin",
                "person", 20, "khabar:person:mohammad-reza-ashtiani", "person", 20, "khabar:person:a", "person", 1,
                "khabar:person:b", "person", 1, "khabar:person:c", "person", 1, "khabar:person:d", "person", 1,
                "khabar:person:e", "person", 1, "khabar:person:f", "person", 1);
        StoryEntities right = entities("Q794", "country", 10, "Q184", "country", 10, "khabar:person:viktor-khrenin",
                "person", 20, "khabar:person:mohammad-reza-ashtiani", "person", 20, "khabar:person:g", "person", 1,
                "khabar:person:h", "person", 1, "khabar:person:i", "person", 1, "khabar:person:j", "person", 1,
                "khabar:person:k", "person", 1, "khabar:person:l", "person", 1);
        assertTrue(left.cosine(right) > 0.8, "alike by their weights: " + left.cosine(right));
        assertTrue(MATCHER.link(article("fa", T, StoryTerms.NONE, left), article("de", T, StoryTerms.NONE, right))
                .isEmpty(), "but two people of eight in common is less than half");
    }

    @Test
    void theSameMinisterMeetingAnotherCounterpartIsAnotherStoryHoweverAlikeTheWords() {
        StoryTerms template = terms("وزير", "3", "دفاع", "3", "همكار", "2", "ايران", "1");
        StoryMatcher.Article belarus = article("fa", T, template, entities("Q794", "country", 10, "Q184", "country", 8,
                "khabar:person:mohammad-reza-ashtiani", "person", 4));
        StoryMatcher.Article tajikistan = article("fa", T, template, entities("Q863", "country", 18, "Q794", "country",
                14, "khabar:person:mohammad-reza-ashtiani", "person", 5));
        assertTrue(belarus.entities().conflicts(tajikistan.entities()));
        assertTrue(MATCHER.link(belarus, tajikistan).isEmpty());
        StoryMatcher.Article moreOnBelarus = article("fa", T, template, entities("Q794", "country", 9, "Q30",
                "country", 5, "Q184", "country", 5));
        assertFalse(belarus.entities().conflicts(moreOnBelarus.entities()),
                "a main actor the other never names is a conflict only when it goes both ways");
        assertTrue(MATCHER.link(belarus, moreOnBelarus).isPresent());
    }

    @Test
    void theRuleIsSymmetric() {
        StoryMatcher.Article a = article("de", T, terms("hochwa", "3", "ahrtal", "2"), StoryEntities.NONE);
        StoryMatcher.Article b = article("en", T.plus(Duration.ofHours(5)), terms("ahrtal", "2", "floods", "3"),
                StoryEntities.NONE);
        assertEquals(MATCHER.link(a, b), MATCHER.link(b, a));
    }

    @Test
    void vectorsKeptAsKeysGiveTheCosineOfTheirTermsAndShareOnlyTheHeaviest() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            String[] a = words(random, 1 + random.nextInt(40));
            String[] b = words(random, 1 + random.nextInt(40));
            float[] wa = unit(random, a.length);
            float[] wb = unit(random, b.length);
            java.util.Map<String, Float> byTerm = new java.util.HashMap<>();
            for (int i = 0; i < b.length; i++) {
                byTerm.put(b[i], wb[i]);
            }
            double expected = 0;
            for (int i = 0; i < a.length; i++) {
                expected += wa[i] * byTerm.getOrDefault(a[i], 0f);
            }
            StoryTerms x = new StoryTerms("s", a, wa);
            StoryTerms y = new StoryTerms("s", b, wb);
            assertEquals(expected, x.cosine(y), 1e-6);
            assertEquals(x.cosine(y), StoryTerms.ofKeys("s", y.keys(), y.weights()).cosine(x), 1e-9,
                    "read back from its keys, the same vector");
            java.util.Set<String> heaviest = new java.util.HashSet<>(java.util.Arrays.asList(a)
                    .subList(0, Math.min(StoryTerms.INDEXED, a.length)));
            boolean shared = java.util.Arrays.asList(b).subList(0, Math.min(StoryTerms.INDEXED, b.length)).stream()
                    .anyMatch(heaviest::contains);
            assertEquals(shared, x.shareIndexed(y));
        }
        StoryTerms a = new StoryTerms("s", new String[] {"a"}, new float[] {1});
        StoryTerms other = new StoryTerms("t", new String[] {"a"}, new float[] {1});
        assertEquals(0, a.cosine(other), "another scheme: unlike");
        assertFalse(a.shareIndexed(other));
        assertEquals(0, a.cosine(StoryTerms.NONE));
        assertFalse(StoryTerms.NONE.shareIndexed(a));
        assertEquals(0, StoryTerms.NONE.cosine(StoryTerms.NONE));
        StoryTerms twice = new StoryTerms("s", new String[] {"a", "b", "a"}, new float[] {0.8f, 0.5f, 0.3f});
        assertEquals(0.8, twice.cosine(a), 1e-6, "a term given twice counts once, with its heavier weight");
        assertEquals(0.8, a.cosine(twice), 1e-6);
    }

    private static String[] words(java.util.Random random, int n) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        while (out.size() < n) {
            out.add("w" + random.nextInt(60)); // a small vocabulary: the vectors often share terms
        }
        return out.toArray(new String[0]);
    }

    private static float[] unit(java.util.Random random, int n) {
        float[] w = new float[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            w[i] = random.nextFloat() + 0.01f;
            norm += w[i] * w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= (float) Math.sqrt(norm);
        }
        return w;
    }

    @Test
    void vectorsThatCannotBeReadLinkByNothing() throws Exception {
        assertSame(StoryTerms.NONE, StoryTerms.of(null));
        assertSame(StoryTerms.NONE, StoryTerms.of(JSON.readTree("{\"terms\": [\"a\"], \"weights\": []}")));
        assertSame(StoryTerms.NONE, StoryTerms.of(JSON.readTree("[1, 2]")));
        assertSame(StoryEntities.NONE, StoryEntities.of(JSON.readTree("{\"id\": \"Q1\"}")));
        assertEquals(0, StoryEntities.of(JSON.readTree("[{\"id\": \"khabar:person:~x\", \"count\": 3}]")).ids().length,
                "an unlinked name is one language's spelling, not language-independent evidence");
        assertArrayEquals(new String[] {"Q1"}, StoryEntities.of(JSON.readTree("[{\"id\": \"Q1\", \"count\": 1}, "
                + "{\"id\": \"khabar:organisation:twitter\", \"count\": 4, \"kind\": \"platform\"}, "
                + "{\"id\": \"khabar:organisation:dpa\", \"count\": 2, \"kind\": \"news-agency\"}]")).ids(),
                "a channel (platform, agency, media) is where something was said, not what the story is about");
        assertThrows(IllegalArgumentException.class, () -> new StoryTerms("s", new String[] {"a"}, new float[0]));
        StoryMatcher.Article empty = article("de", T, StoryTerms.NONE, StoryEntities.NONE);
        assertTrue(MATCHER.link(empty, empty).isEmpty());
    }
}
