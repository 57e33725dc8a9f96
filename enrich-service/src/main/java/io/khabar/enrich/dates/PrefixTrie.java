package io.khabar.enrich.dates;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * A plain char trie telling whether one of a set of words stands at a position, followed by a non-letter: the
 * cheap anchor test that decides where a rule's regex is worth trying at all (a month name, a weekday, a unit).
 * Like {@link TrieRegex}, a space in a word matches zero to three spaces or ZWNJs. A ZWNJ after the word counts
 * as its end ("جمعه‌ی"): this only prefilters, the regex has the last word.
 */
final class PrefixTrie {

    private final Node root = new Node();
    private final BitSet firstChars = new BitSet();

    PrefixTrie(Collection<String> words) {
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            Node n = root;
            for (int i = 0; i < w.length(); i++) {
                n = n.child(w.charAt(i), true);
            }
            n.terminal = true;
            firstChars.set(w.charAt(0));
        }
    }

    /** Whether some word stands at {@code pos} of {@code s}. */
    boolean startsAt(CharSequence s, int pos) {
        return pos < s.length() && firstChars.get(s.charAt(pos)) && walk(root, s, pos);
    }

    private static boolean walk(Node node, CharSequence s, int from) {
        Node n = node;
        int i = from;
        while (true) {
            if (n.terminal && (i == s.length() || !Character.isLetterOrDigit(s.charAt(i))
                && Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK)) {
                return true;
            }
            Node sep = n.child(' ', false);
            if (sep != null) {
                int j = i;
                while (j < s.length() && j - i < 3 && (s.charAt(j) == ' ' || s.charAt(j) == '\u200c')) {
                    j++;
                }
                if (walk(sep, s, j)) {
                    return true;
                }
            }
            if (i >= s.length()) {
                return false;
            }
            n = n.child(s.charAt(i), false);
            if (n == null) {
                return false;
            }
            i++;
        }
    }

    private static final class Node {
        char[] keys = new char[0];
        Node[] nodes = new Node[0];
        boolean terminal;

        Node child(char c, boolean create) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return nodes[i];
                }
            }
            if (!create) {
                return null;
            }
            keys = Arrays.copyOf(keys, keys.length + 1);
            nodes = Arrays.copyOf(nodes, nodes.length + 1);
            keys[keys.length - 1] = c;
            nodes[nodes.length - 1] = new Node();
            return nodes[nodes.length - 1];
        }
    }
}
