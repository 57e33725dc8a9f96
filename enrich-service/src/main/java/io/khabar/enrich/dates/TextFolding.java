package io.khabar.enrich.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text one char for one char, so that offsets in the folded copy are offsets in the original: lower case,
 * Arabic yeh/kaf/alef-maksura to the Persian letters, hamza-carrying alefs to bare alef, teh marbuta and heh-yeh
 * to heh, typographic apostrophes to {@code '}, Russian ё to е, horizontal spaces to a plain space and CR to LF.
 * Web Persian mixes Arabic and Persian code points freely; folding both the text and the ICU names the same way
 * lets one pattern match every spelling. Zero-width non-joiners are kept (they cannot be deleted without moving
 * offsets); patterns accept them wherever a space may stand.
 */
final class TextFolding {

    private static final Pattern FRENCH = Pattern.compile(" (?:le|la|les|des|du|est|une|dans|pour|qui) ");
    private static final Pattern GERMAN_OR_ENGLISH = Pattern.compile(" (?:der|die|das|und|ist|the|and|of|to) ");

    private TextFolding() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + ('a' - 'A'));
            }
            if (c == '\t' || c == '\f' || c == 0x0B) {
                return ' ';
            }
            return c == '\r' ? '\n' : c;
        }
        switch (c) {
            case '\u064A', '\u0649', '\u06D0':
                return '\u06CC'; // ي ى → ی
            case '\u0643':
                return '\u06A9'; // ك → ک
            case '\u0623', '\u0625', '\u0622', '\u0671':
                return '\u0627'; // أ إ آ ٱ → ا
            case '\u0629', '\u06C0', '\u06D5':
                return '\u0647'; // ة ۀ ە → ه
            case '\u2019', '\u2018', '\u02BB', '\u02BC', '\u2032', '\u00B4':
                return '\'';
            case '\u0451', '\u0401':
                return '\u0435'; // ё → е
            case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000':
                return ' ';
            case '\u2028', '\u2029', '\u0085':
                return '\n';
            default:
                if (c >= '\u2000' && c <= '\u200A') {
                    return ' ';
                }
                return Character.toLowerCase(c);
        }
    }

    /** Folds a lexicon entry the way the text is folded, with ZWNJ turned into the trie's flexible separator. */
    static String foldName(String name) {
        String folded = fold(name.strip());
        return folded.replace('\u200c', ' ').replaceAll(" +", " ");
    }

    /** A crude French cue: French function words outnumber German and English ones. */
    static boolean looksFrench(String folded) {
        return count(FRENCH.matcher(folded)) > count(GERMAN_OR_ENGLISH.matcher(folded));
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
