package io.khabar.enrich.dates;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds one prefix-factored regex from a word list ("ا(?:بان|سفند)" rather than "ابان|اسفند"), so that a
 * failing position costs one char comparison instead of one per word; and the shared regex fragments of the
 * rules. In the words, a space stands for an optional separator: spaces and zero-width non-joiners, which web
 * Persian uses, drops or swaps at will ("سه‌شنبه", "سه شنبه", "سهشنبه").
 */
final class TrieRegex {

    /** One or more separators between words; ZWNJ counts ("اسفند‌ماه"). */
    static final String SEP = "[ \\u200c]{1,3}";
    /** Optional separator. */
    static final String OSEP = "[ \\u200c]{0,3}";
    /** Start of a word: not after a letter, mark, digit or ZWNJ. */
    static final String LB = "(?<![\\p{L}\\p{M}\\p{Nd}\\u200c])";
    /** End of a word: a following ZWNJ glues a suffix ("دوشنبه‌ها"), so it is no end. */
    static final String RB = "(?![\\p{L}\\p{M}\\p{Nd}\\u200c])";
    /** Start of a number that is not the tail of a longer number, decimal, ratio or date. */
    static final String NLB = "(?<![\\p{L}\\p{Nd}])(?<!\\p{Nd}[.,:/\\-])";
    /** End of a number that is not the head of a longer one. */
    static final String NRB = "(?![\\p{L}\\p{Nd}])(?![.,:/\\-]\\p{Nd})";
    /** A Persian ezafe after a word: hamza above (U+0654) or a separate/joined yeh ("هفته‌ی گذشته"). */
    static final String EZAFE = "(?:\\u0654|[ \\u200c]?\\u06cc(?=[ \\u200c]))?";

    private TrieRegex() {
    }

    /** A non-capturing regex matching any of {@code words} (already folded), longest first. */
    static String of(Collection<String> words) {
        Node root = new Node();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            Node n = root;
            for (int i = 0; i < w.length(); i++) {
                n = n.children.computeIfAbsent(w.charAt(i), k -> new Node());
            }
            n.terminal = true;
        }
        String body = emit(root);
        return body.isEmpty() ? "(?!)" : "(?:" + body + ")";
    }

    /** The lookup key of a matched word: separators removed, so that every spelling finds the same entry. */
    static String key(CharSequence matched) {
        StringBuilder b = new StringBuilder(matched.length());
        for (int i = 0; i < matched.length(); i++) {
            char c = matched.charAt(i);
            if (c != ' ' && c != '\u200c') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String emit(Node node) {
        if (node.children.isEmpty()) {
            return "";
        }
        StringBuilder alts = new StringBuilder();
        for (Map.Entry<Character, Node> e : node.children.entrySet()) {
            if (alts.length() > 0) {
                alts.append('|');
            }
            alts.append(literal(e.getKey()));
            Node child = e.getValue();
            String rest = emit(child);
            if (!rest.isEmpty()) {
                alts.append(child.terminal ? "(?:" + rest + ")?" : rest);
            }
        }
        return node.children.size() == 1 ? alts.toString() : "(?:" + alts + ")";
    }

    private static String literal(char c) {
        if (c == ' ') {
            return OSEP;
        }
        if (Character.isLetterOrDigit(c)) {
            return String.valueOf(c);
        }
        return String.format("\\x{%x}", (int) c);
    }

    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        boolean terminal;
    }
}
