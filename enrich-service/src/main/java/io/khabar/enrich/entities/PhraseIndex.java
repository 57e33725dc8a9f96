package io.khabar.enrich.entities;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For a set of phrases (word keys joined by single spaces), the longest phrase that starts, and the longest that ends,
 * with each word: a phrase is then looked up only where one can start or end, and only as long as the longest there,
 * instead of joining every run of words at every position (which was a fifth of the entity stage's time with a name
 * model). One word's key may itself hold a space (a zero-width non-joiner is folded to one: «آیت‌الله» is
 * {@code "ایت الله"}), so a word is looked up by the first or last space-separated part of its key, and a phrase's
 * length in parts is an upper bound of its length in words.
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

    /** At most the number of words of the longest phrase starting with the word keyed {@code first}; 0 if none does. */
    int longestFrom(String first) {
        return longestFrom.getOrDefault(firstPart(first), 0);
    }

    /** At most the number of words of the longest phrase ending with the word keyed {@code last}; 0 if none does. */
    int longestTo(String last) {
        return longestTo.getOrDefault(lastPart(last), 0);
    }

    /** A key's first space-separated part (the key itself when it has no space). */
    static String firstPart(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** A key's last space-separated part (the key itself when it has no space). */
    static String lastPart(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }

    /** The words {@code [from, to)} of {@code keys} as one phrase key. */
    static String phrase(List<String> keys, int from, int to) {
        return to - from == 1 ? keys.get(from) : String.join(" ", keys.subList(from, to));
    }
}
