package io.khabar.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The analysers read text composed (NFC), and their offsets still point into the text as given. */
class AnalyzersTest {

    private final Analyzers analyzers = new Analyzers();

    @Test
    void decomposedLettersGiveTheSameTermsWithOffsetsIntoTheGivenText() {
        String composed = "امیر سرتیپ آشتیانی با رئیس ستاد آن کشور دیدار کرد";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed); // آ and ئ decompose
        for (String language : List.of("fa", "xx")) {
            List<Token> a = analyzers.tokens(composed, 0, composed.length(), language);
            List<Token> b = analyzers.tokens(decomposed, 0, decomposed.length(), language);
            assertEquals(a.stream().map(Token::term).toList(), b.stream().map(Token::term).toList(), language);
            // the stop word «آن» is dropped in both, since the terms are equal
            for (int i = 0; i < a.size(); i++) {
                String surface = decomposed.substring(b.get(i).start(), b.get(i).end());
                assertEquals(composed.substring(a.get(i).start(), a.get(i).end()),
                        Normalizer.normalize(surface, Normalizer.Form.NFC), language + " token " + i);
            }
        }
    }
}
