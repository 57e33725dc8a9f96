package io.khabar.enrich.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.CaseMap;
import com.ibm.icu.text.Normalizer2;

/**
 * The normalised form of a text, for matching and search; the original is always kept beside it. Steps, in order:
 * <ol>
 * <li>Unicode NFC (ICU4J's {@link Normalizer2}).</li>
 * <li>Arabic script (in every language, so that Persian and Arabic spellings of a name match): Arabic yeh (ي, ى) and kaf (ك) to the Persian letters (ی, ک) and heh with yeh (ۀ) to ه‌ی in
 * Persian, tatweel (ـ) and the harakat (U+064B–U+065F, U+0670) removed. Lucene's {@code PersianNormalizer} unifies in
 * the other direction (towards the Arabic letters), which would turn the Persian words shown to users into Arabic
 * spellings, so this mapping is a table here.</li>
 * <li>Every decimal digit of every script (Persian ۰–۹, Arabic-Indic ٠–٩, ...) to ASCII, by its Unicode value.</li>
 * <li>Persian: zero-width non-joiners put back ({@link ZwnjRepair}).</li>
 * <li>Letter case folded (ICU full case folding, so ß becomes ss); German also umlauts to their base letters, so that
 * Müller, MÜLLER and Muller match (the transcription Mueller is left to the stemmer's analysis).</li>
 * </ol>
 */
public final class MatchNormaliser {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final CaseMap.Fold FOLD = CaseMap.fold();

    private MatchNormaliser() {
    }

    /** The normalised form of {@code text} written in {@code language} (ISO 639-1, may be null or "und"). */
    public static String normalise(String text, String language) {
        String s = NFC.normalize(text);
        boolean persian = "fa".equals(language);
        s = scriptAndDigits(s, persian);
        if (persian) {
            s = ZwnjRepair.repair(s);
        }
        s = FOLD.apply(s);
        if ("de".equals(language)) {
            s = germanBaseLetters(s);
        }
        return s;
    }

    /** Arabic-script unification and digits, one pass (tatweel and harakat removed, so not length-preserving). */
    private static String scriptAndDigits(String s, boolean persian) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
                continue; // tatweel and harakat
            }
            if (c == '\u064A' || c == '\u0649') {
                out.append('\u06CC');
            } else if (c == '\u0643') {
                out.append('\u06A9');
            } else if (c == '\u06C0' && persian) {
                out.append('\u0647').append(ZwnjRepair.ZWNJ).append('\u06CC');
            } else if (c > '9' && UCharacter.isDigit(c)) {
                out.append((char) ('0' + UCharacter.digit(c, 10)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The length-preserving part of the normalisation, for patterns whose offsets must point into the original:
     * Arabic yeh and kaf to Persian, every decimal digit to ASCII; nothing removed or inserted.
     */
    public static String sameLength(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c == '\u064A' || c == '\u0649' ? '\u06CC' : c == '\u0643' ? '\u06A9'
                    : c > '9' && UCharacter.isDigit(c) ? (char) ('0' + UCharacter.digit(c, 10)) : c;
            if (r != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = r;
            }
        }
        return out == null ? s : new String(out);
    }

    private static String germanBaseLetters(String s) {
        if (s.indexOf('ä') < 0 && s.indexOf('ö') < 0 && s.indexOf('ü') < 0) {
            return s;
        }
        return s.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u');
    }
}
