package io.khabar.enrich.dates;

import java.time.LocalDate;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * One call's input: the text as given, its folded copy (same length, so every offset is shared) and the
 * reference date.
 */
final class Scan {

    final String text;
    final String folded;
    /** The article's publication date, or {@code null}: then nothing relative or year-less is resolved. */
    final LocalDate reference;
    private int french = -1;
    private int[] starts;
    private byte[] classes;

    Scan(String text, LocalDate reference) {
        this.text = text;
        this.folded = TextFolding.fold(text);
        this.reference = reference;
    }

    /** A cursor over matches of {@code pattern} starting up to {@code back} tokens before one in {@code anchors}. */
    MatchCursor cursor(Pattern pattern, PrefixTrie anchors, int back) {
        return cursor(pattern, k -> anchors.startsAt(folded, tokenStarts()[k]), back);
    }

    /** A cursor over the matches of {@code pattern} starting up to {@code back} tokens before an anchor token. */
    MatchCursor cursor(Pattern pattern, IntPredicate anchor, int back) {
        return new MatchCursor(pattern, this, anchor, back);
    }

    /** Whether token {@code k} is a number. */
    boolean digitToken(int k) {
        return tokenClasses()[k] == MatchCursor.DIGIT;
    }

    /** Offsets where a word or number starts: a letter, digit or "+" not after a letter, mark, digit or ZWNJ. */
    int[] tokenStarts() {
        if (starts == null) {
            indexTokens();
        }
        return starts;
    }

    /** {@link MatchCursor} class of each token start's first char. */
    byte[] tokenClasses() {
        if (classes == null) {
            indexTokens();
        }
        return classes;
    }

    private void indexTokens() {
        int n = folded.length();
        int[] s = new int[n / 2 + 1];
        byte[] c = new byte[s.length];
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char ch = folded.charAt(i);
            int type = Character.getType(ch);
            boolean letter = Character.isLetter(ch);
            boolean digit = type == Character.DECIMAL_DIGIT_NUMBER;
            if (!inWord && (letter || digit || ch == '+')) {
                if (count == s.length) {
                    s = java.util.Arrays.copyOf(s, count * 2);
                    c = java.util.Arrays.copyOf(c, count * 2);
                }
                s[count] = i;
                c[count] = (byte) (digit ? MatchCursor.DIGIT : ch == '+' ? MatchCursor.SIGN
                    : ch >= '\u0600' && ch <= '\u06FF' || ch >= '\uFB50' ? MatchCursor.ARABIC : MatchCursor.LATIN);
                count++;
            }
            inWord = letter || digit || ch == '\u200c' || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }
        starts = java.util.Arrays.copyOf(s, count);
        classes = java.util.Arrays.copyOf(c, count);
    }

    /** Whether the text reads as French, for words that are dates only in French ("hier" is German "here"). */
    boolean looksFrench() {
        if (french < 0) {
            french = TextFolding.looksFrench(folded) ? 1 : 0;
        }
        return french == 1;
    }

    /** The folded word just before {@code pos}, across spaces; empty at the start or after punctuation. */
    String wordBefore(int pos) {
        int i = pos;
        while (i > 0 && (folded.charAt(i - 1) == ' ' || folded.charAt(i - 1) == '\u200c')) {
            i--;
        }
        int end = i;
        while (i > 0 && (Character.isLetter(folded.charAt(i - 1)) || folded.charAt(i - 1) == '\'')) {
            i--;
        }
        return folded.substring(i, end);
    }

    /** The folded word just after {@code pos}, across spaces. */
    String wordAfter(int pos) {
        int i = pos;
        while (i < folded.length() && (folded.charAt(i) == ' ' || folded.charAt(i) == '\u200c')) {
            i++;
        }
        int start = i;
        while (i < folded.length() && Character.isLetter(folded.charAt(i))) {
            i++;
        }
        return folded.substring(start, i);
    }

    /** Whether {@code pos} starts a sentence: only spaces, quotes or brackets between it and ". ! ? newline". */
    boolean sentenceStart(int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = folded.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u061f') {
                return true;
            }
            if (c != ' ' && c != '"' && c != '(' && c != '\u201e' && c != '\u201c' && c != '\u00ab') {
                return false;
            }
        }
        return true;
    }

    /** Whether the letters around {@code at} are Arabic script (Persian, Arabic), looking {@code radius} each way. */
    boolean arabicScriptAround(int at, int radius) {
        int from = Math.max(0, at - radius);
        int to = Math.min(text.length(), at + radius);
        int arabic = 0;
        int other = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFF') {
                    arabic++;
                } else {
                    other++;
                }
            }
        }
        return arabic > other;
    }
}
