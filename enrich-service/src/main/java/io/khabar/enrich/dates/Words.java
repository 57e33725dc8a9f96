package io.khabar.enrich.dates;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Small phrase tables written in the rules, folded like the text, with a lookup from a match to its meaning.
 * The rules write Persian and Arabic phrases in their usual spelling; folding ("آینده" → "اینده", "يوم" → "یوم")
 * happens here, once.
 *
 * @param <T> what a phrase means
 */
final class Words<T> {

    private final Map<String, T> meanings = new HashMap<>();
    private final Set<String> phrases = new LinkedHashSet<>();

    /** A table whose phrases all mean the same thing. */
    static Words<Boolean> of(String... phrases) {
        Words<Boolean> w = new Words<>();
        for (String p : phrases) {
            w.put(p, Boolean.TRUE);
        }
        return w;
    }

    /** A trie regex of the folded phrases. */
    static String rx(String... phrases) {
        return of(phrases).regex();
    }

    Words<T> put(String phrase, T meaning) {
        String folded = TextFolding.foldName(phrase);
        meanings.putIfAbsent(TrieRegex.key(folded), meaning);
        phrases.add(folded);
        return this;
    }

    Words<T> putAll(T meaning, String... phrases) {
        for (String p : phrases) {
            put(p, meaning);
        }
        return this;
    }

    /** The meaning of a matched phrase, or {@code null}. */
    T get(CharSequence matched) {
        return matched == null ? null : meanings.get(TrieRegex.key(matched));
    }

    boolean contains(CharSequence matched) {
        return get(matched) != null;
    }

    String regex() {
        return TrieRegex.of(phrases);
    }

    /** The folded phrases, as anchors. */
    PrefixTrie anchors() {
        return new PrefixTrie(phrases);
    }

    /** The folded phrases of several tables as one anchor set. */
    static PrefixTrie anchors(Words<?>... tables) {
        Set<String> all = new LinkedHashSet<>();
        for (Words<?> t : tables) {
            all.addAll(t.phrases);
        }
        return new PrefixTrie(all);
    }
}
