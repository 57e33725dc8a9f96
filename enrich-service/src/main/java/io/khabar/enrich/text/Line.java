package io.khabar.enrich.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text, white space at both ends left out: {@code [start, end)} in the text as ingested. Plain-text
 * articles put one paragraph on a line, so lines are the paragraphs that cleaning keeps or removes.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 * @param text  the line's text
 */
public record Line(int start, int end, String text) {

    /** The non-blank lines of {@code text}, split at CR, LF, CRLF, U+2028 and U+2029. */
    public static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isBreak(text.charAt(j))) {
                j++;
            }
            int s = i;
            int e = j;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Line(s, e, text.substring(s, e)));
            }
            i = j + 1;
        }
        return lines;
    }

    /** Words separated by white space. */
    public int words() {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean blank = isBlank(text.charAt(i));
            if (!blank && !in) {
                count++;
            }
            in = !blank;
        }
        return count;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u202F' || c == '\uFEFF';
    }
}
