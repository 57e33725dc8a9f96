package io.khabar.enrich.entities;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;
import io.khabar.enrich.text.MatchNormaliser;

/**
 * Keys under which names are found. {@link #exact} is the name in its own script, normalised (NFC, Arabic letters
 * unified, case and umlauts folded, joiners and hyphens as spaces). {@link #phonetic} is script-independent: ICU's
 * transliteration to Latin ASCII, then a consonant skeleton that tolerates what the scripts write differently —
 * Arabic script leaves short vowels out and writes long ones as ی/و, Cyrillic х and Latin kh/ch/h are one sound, q/gh/g
 * and v/w likewise, -i/-y/-ij endings — so that خرنین, Хренин and Khrenin share {@code hrnn}. ICU transliterates; no
 * library makes such a skeleton for Persian names (Soundex and its kin are for English), hence the rules here.
 */
public final class NameKey {

    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private NameKey() {
    }

    /** The name in its own script, normalised for lookup. */
    public static String exact(String name) {
        String s = MatchNormaliser.normalise(name, "de"); // umlauts folded in every language: names travel
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else if (c != '\'' && c != '’' && c != '.') {
                space = true; // white space, ZWNJ, hyphens and other punctuation separate words
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The script-independent skeleton of a name ({@code ""} when nothing of it is left). */
    public static String phonetic(String name) {
        String latin = isAscii(name) ? name.toLowerCase(Locale.ROOT)
                : LATIN.get().transliterate(name).toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder();
        for (String word : latin.split("[^a-z]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.replace("sch", "s").replace("kh", "h").replace("ch", "h").replace("sh", "s")
                    .replace("zh", "z").replace("gh", "g").replace("ph", "f").replace("ck", "k");
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean last = i == w.length() - 1;
                char k = switch (c) {
                    case 'a', 'e', 'i', 'o', 'u' -> 0;
                    case 'y', 'w' -> i == 0 ? (c == 'w' ? 'v' : 'y') : 0; // a vowel letter of Arabic script inside
                    case 'v' -> last && i > 0 ? 0 : 'v'; // -ov/-ev as -ow (German): Волков = Wolkow
                    case 'j' -> last || i > 0 && "aeiou".indexOf(w.charAt(i - 1)) >= 0 ? 0 : 'j'; // -oj, -ij
                    case 'q' -> 'g';
                    case 'c' -> 'k';
                    case 'x' -> 'h';
                    default -> c;
                };
                if (k != 0 && (key.length() == 0 || key.charAt(key.length() - 1) != k)) {
                    key.append(k);
                }
            }
            if (key.length() > 0) {
                words.append(words.length() > 0 ? " " : "").append(key);
            }
        }
        return words.toString();
    }
}
