package io.khabar.enrich.text;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Sentence boundaries by ICU's rules (UAX #29 with each locale's exceptions). */
public final class Segmenter {

    /** A sentence: {@code [start, end)} in the text as ingested, white space at the end left out. */
    public record Sentence(int start, int end) {
    }

    private final BreakIterator root = BreakIterator.getSentenceInstance(ULocale.ROOT);

    /** The sentences of {@code text.substring(start, end)}; a sentence never crosses {@code end}. */
    public List<Sentence> sentences(String text, int start, int end, String language) {
        BreakIterator it = language == null ? (BreakIterator) root.clone()
                : BreakIterator.getSentenceInstance(new ULocale(language));
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
