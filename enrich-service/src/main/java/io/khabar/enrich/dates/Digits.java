package io.khabar.enrich.dates;

/**
 * Numbers written with any Unicode decimal digits: ASCII, Persian (U+06F0–06F9), Arabic-Indic (U+0660–0669)
 * and the rest, via {@link Character#digit(char, int)}.
 */
final class Digits {

    private Digits() {
    }

    /** The value of the decimal digits in {@code s[from, to)}; other chars are skipped; -1 if there are none. */
    static int parse(CharSequence s, int from, int to) {
        int value = 0;
        boolean any = false;
        for (int i = from; i < to && value < 100_000_000; i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d >= 0) {
                value = value * 10 + d;
                any = true;
            }
        }
        return any ? value : -1;
    }

    static int parse(CharSequence s) {
        return parse(s, 0, s.length());
    }

    /** Whether {@code s[from, to)} uses Persian or Arabic-Indic digits. */
    static boolean eastern(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9') {
                return true;
            }
        }
        return false;
    }

    /**
     * A two-digit Jalali year as Persian news writes it ("سال 94", "27/3/66"): 30–99 are 1330–1399, 00–29 are
     * 1400–1429. The pivot keeps every year since the 1979 revolution (1357) and the next two decades right.
     */
    static int jalaliTwoDigitYear(int n) {
        return n >= 30 ? 1300 + n : 1400 + n;
    }

    /** A two-digit Gregorian year ("31.07.23"): 00–49 are 2000–2049, 50–99 are 1950–1999. */
    static int gregorianTwoDigitYear(int n) {
        return n >= 50 ? 1900 + n : 2000 + n;
    }
}
