package io.khabar.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Sentence boundaries by ICU's rules (UAX #29 with each locale's exceptions). */
public final class Segmenter {

    /** A sentence: {@code [start, end)} in the text as ingested, white space at the end left out. */
    public record Sentence(int start, int end) {
    }

    private final BreakIterator root = BreakIterator.getSentenceInstance(ULocale.ROOT);
    /** One prototype per language, cloned for each use (a break iterator keeps state; cloning is cheap). */
    private final Map<String, BreakIterator> prototypes = new ConcurrentHashMap<>();

    /** The sentences of {@code text.substring(start, end)}; a sentence never crosses {@code end}. */
    public List<Sentence> sentences(String text, int start, int end, String language) {
        BreakIterator prototype = language == null ? root : prototypes.get(language);
        if (prototype == null) {
            prototype = BreakIterator.getSentenceInstance(new ULocale(language));
            if (prototypes.size() < 64) { // a client's language hints are not a bounded set
                prototypes.put(language, prototype);
            }
        }
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text.substring(start, end));
        List<Sentence> out = new ArrayList<>();
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            int a = start + s;
            int b = start + e;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new Sentence(a, b));
            }
        }
        return out;
    }
}
