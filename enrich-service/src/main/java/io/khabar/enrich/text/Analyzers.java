package io.khabar.enrich.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Lucene's analyser of each language (tokenisation, normalisation, stop words, stemming); any other language gets the
 * standard analyser (Unicode word breaks, lower case, no stop words). Analysers are thread-safe and built once.
 */
public final class Analyzers {

    private final Map<String, Analyzer> byLanguage = Map.of(
            "fa", nfc(new PersianAnalyzer()), "ar", nfc(new ArabicAnalyzer()), "de", nfc(new GermanAnalyzer()),
            "en", nfc(new EnglishAnalyzer()), "ru", nfc(new RussianAnalyzer()), "fr", nfc(new FrenchAnalyzer()),
            "es", nfc(new SpanishAnalyzer()), "tr", nfc(new TurkishAnalyzer()), "it", nfc(new ItalianAnalyzer()),
            "pt", nfc(new PortugueseAnalyzer()));
    private final Analyzer standard = nfc(new StandardAnalyzer());

    /**
     * {@code inner} reading the text composed (Unicode NFC) first, offsets still into the text as given: a page that
     * sends «آ» or «ئ» decomposed (a letter and a combining mark) otherwise gets other terms and misses stop words,
     * and its copy elsewhere looks like another text.
     */
    private static Analyzer nfc(Analyzer inner) {
        return new AnalyzerWrapper(inner.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return inner;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
            }
        };
    }

    /** Whether {@code language} has its own analyser (stop words and stems). */
    public boolean supports(String language) {
        return language != null && byLanguage.containsKey(language);
    }

    /** The tokens of {@code text.substring(start, end)}, with offsets into {@code text}. */
    public List<Token> tokens(String text, int start, int end, String language) {
        Analyzer analyzer = supports(language) ? byLanguage.get(language) : standard;
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text.substring(start, end))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int lastEnd = -1;
            while (ts.incrementToken()) {
                int s = start + offset.startOffset();
                boolean gap = increment.getPositionIncrement() > 1 || lastEnd >= 0 && punctuationBetween(text, lastEnd, s);
                tokens.add(new Token(s, start + offset.endOffset(), term.toString(), gap));
                lastEnd = start + offset.endOffset();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return tokens;
    }

    private static boolean punctuationBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u200C' && c != '\u00A0') {
                return true;
            }
        }
        return false;
    }
}
