package io.khabar.enrich.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.khabar.enrich.text.MatchNormaliser;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The stop words of each language Lucene has an analyser for, used to confirm cheaply that a paragraph is in the
 * article's language: a paragraph whose function words are clearly the article language's, and not those of another
 * language of the same script, needs no statistical model. Anything less clear goes to Lingua.
 */
final class StopWordProfiles {

    /** What the stop words say about a paragraph. */
    record Verdict(String language, double share, String runnerUp, double runnerUpShare) {
    }

    private final Map<String, Set<String>> stopWords = new HashMap<>();

    StopWordProfiles() {
        add("fa", PersianAnalyzer.getDefaultStopSet());
        add("ar", ArabicAnalyzer.getDefaultStopSet());
        add("de", GermanAnalyzer.getDefaultStopSet());
        add("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        add("ru", RussianAnalyzer.getDefaultStopSet());
        add("fr", FrenchAnalyzer.getDefaultStopSet());
        add("es", SpanishAnalyzer.getDefaultStopSet());
        add("it", ItalianAnalyzer.getDefaultStopSet());
        add("pt", PortugueseAnalyzer.getDefaultStopSet());
        add("tr", TurkishAnalyzer.getDefaultStopSet());
        add("nl", DutchAnalyzer.getDefaultStopSet());
        add("cs", CzechAnalyzer.getDefaultStopSet());
        add("bg", BulgarianAnalyzer.getDefaultStopSet());
    }

    private void add(String language, CharArraySet set) {
        Set<String> words = new HashSet<>();
        for (Object o : set) {
            words.add(key(o instanceof char[] c ? new String(c) : o.toString()));
        }
        stopWords.put(language, words);
    }

    private static String key(String word) {
        return MatchNormaliser.sameLength(word).toLowerCase(Locale.ROOT);
    }

    boolean knows(String language) {
        return stopWords.containsKey(language);
    }

    /**
     * Whether {@code text} is clearly in {@code language} by its stop words: at least {@code minHits} of them, at least
     * 12% of the words, and at least twice as many as any other language has among the same words.
     */
    Verdict confirm(String text, String language, int minHits) {
        Set<String> own = stopWords.get(language);
        if (own == null) {
            return null;
        }
        int words = 0;
        Map<String, Integer> hits = new HashMap<>();
        for (String w : key(text).split("[^\\p{L}\\p{M}\\u200C]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            for (Map.Entry<String, Set<String>> e : stopWords.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        int mine = hits.getOrDefault(language, 0);
        String second = null;
        int theirs = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (!e.getKey().equals(language) && e.getValue() > theirs) {
                second = e.getKey();
                theirs = e.getValue();
            }
        }
        if (mine < minHits || mine * 100 < words * 12 || mine < 2 * theirs) {
            return null;
        }
        return new Verdict(language, (double) mine / words, second, second == null ? 0.0 : (double) theirs / words);
    }
}
