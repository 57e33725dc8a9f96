package io.khabar.query.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * The search form of text: which PostgreSQL text-search configuration indexes an article of a language, and the
 * letter-folded form under which Persian and Arabic text and entity names of every script are matched, so that
 * ZWNJ, Arabic and Persian letter variants, diacritics and case do not decide whether a search finds something.
 */
public final class SearchText {

    /** PostgreSQL's own stemming configurations by ISO 639-1 code; other languages are indexed word for word. */
    private static final Map<String, String> CONFIGS = Map.ofEntries(
            Map.entry("ar", "arabic"), Map.entry("hy", "armenian"), Map.entry("eu", "basque"),
            Map.entry("ca", "catalan"), Map.entry("da", "danish"), Map.entry("nl", "dutch"),
            Map.entry("en", "english"), Map.entry("fi", "finnish"), Map.entry("fr", "french"),
            Map.entry("de", "german"), Map.entry("el", "greek"), Map.entry("hi", "hindi"),
            Map.entry("hu", "hungarian"), Map.entry("id", "indonesian"), Map.entry("ga", "irish"),
            Map.entry("it", "italian"), Map.entry("lt", "lithuanian"), Map.entry("ne", "nepali"),
            Map.entry("no", "norwegian"), Map.entry("nb", "norwegian"), Map.entry("pt", "portuguese"),
            Map.entry("ro", "romanian"), Map.entry("ru", "russian"), Map.entry("sr", "serbian"),
            Map.entry("es", "spanish"), Map.entry("sv", "swedish"), Map.entry("ta", "tamil"),
            Map.entry("tr", "turkish"), Map.entry("yi", "yiddish"));
    /** The configuration for languages without stemming in PostgreSQL (Persian among them). */
    public static final String SIMPLE = "simple";
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The text-search configuration for an article in {@code language}. */
    public static String config(String language) {
        return CONFIGS.getOrDefault(language == null ? "" : language, SIMPLE);
    }

    /** Every configuration an article may be indexed with. */
    public static java.util.Collection<String> configs() {
        java.util.Set<String> all = new java.util.TreeSet<>(CONFIGS.values());
        all.add(SIMPLE);
        return all;
    }

    /** Whether text indexed with {@code config} is {@link #fold folded} first, and a search under it too. */
    public static boolean folded(String config) {
        return config.equals(SIMPLE) || config.equals("arabic");
    }

    /**
     * Text folded for matching: NFKC, lower case, Persian and Arabic letter variants unified (Lucene's normalisers:
     * ي/ى → ی, ك → ک, ة → ه, hamza forms of alef → ا, tatweel and harakat removed), zero-width joiners and
     * non-joiners removed (Persian writes «همکاری‌ها» with or without one), other combining marks removed (é → e).
     * Word boundaries are kept.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("\u200C", "").replace("\u200D", "");
        char[] chars = s.toCharArray();
        int n = new ArabicNormalizer().normalize(chars, chars.length);
        n = new PersianNormalizer().normalize(chars, n);
        String d = Normalizer.normalize(new String(chars, 0, n), Normalizer.Form.NFD);
        return Normalizer.normalize(MARKS.matcher(d).replaceAll(""), Normalizer.Form.NFC);
    }

    /** A name's search key: {@link #fold folded}, punctuation as single spaces, trimmed. */
    public static String key(String name) {
        return NOT_WORD.matcher(fold(name)).replaceAll(" ").trim();
    }
}
