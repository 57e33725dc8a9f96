package io.khabar.enrich.entities;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For a set of phrases (word keys joined by single spaces), the longest phrase that starts, and the longest that ends,
 * with each word: a phrase is then looked up only where one can start or end, and only as long as the longest there,
 * instead of joining every run of words at every position (which was a tenth of the entity stage's time).
 */
final class PhraseIndex {

    private final Map<String, Integer> longestFrom = new HashMap<>();
    private final Map<String, Integer> longestTo = new HashMap<>();

    PhraseIndex(Collection<String> phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            longestFrom.merge(words[0], words.length, Math::max);
            longestTo.merge(words[words.length - 1], words.length, Math::max);
        }
    }

    /** The number of words of the longest phrase starting with {@code first}; 0 if none does. */
    int longestFrom(String first) {
        return longestFrom.getOrDefault(first, 0);
    }

    /** The number of words of the longest phrase ending with {@code last}; 0 if none does. */
    int longestTo(String last) {
        return longestTo.getOrDefault(last, 0);
    }

    /** The words {@code [from, to)} of {@code keys} as one phrase key. */
    static String phrase(List<String> keys, int from, int to) {
        return to - from == 1 ? keys.get(from) : String.join(" ", keys.subList(from, to));
    }
}
