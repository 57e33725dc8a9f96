package io.khabar.enrich.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.Enrichment;
import io.khabar.enrich.pipeline.TextLayer;

class StoryTermsStageTest {

    static TextLayer layer;

    @BeforeAll
    static void load() {
        layer = new TextLayer(StandaloneConfig.load());
    }

    @Test
    void termsAreFoldedAndCutSoThatNamesMeetAcrossLanguagesOfOneScript() {
        assertEquals("curaca", StoryTermsStage.term("Curaçao"));
        assertEquals("pandem", StoryTermsStage.term("pandemie"));
        assertEquals("pandem", StoryTermsStage.term("pandemic"));
        assertEquals("همکار", StoryTermsStage.term("هم\u200Cکار"), "a zero-width non-joiner is not a letter");
        assertEquals("19", StoryTermsStage.term("19"), "numbers of two digits count");
        assertNull(StoryTermsStage.term("ab"), "two letters are too short to tell stories apart");
    }

    @Test
    void weightsAreAUnitVectorHeaviestFirst() {
        StoryTerms t = enrich("Der belarussische Verteidigungsminister Chrenin traf in Teheran den iranischen"
                + " Verteidigungsminister Aschtiani. Chrenin und Aschtiani unterzeichneten ein Memorandum.").storyTerms();
        assertEquals(StoryTermsStage.SCHEME, t.scheme());
        assertEquals(t.terms().size(), t.weights().size());
        double sum = t.weights().stream().mapToDouble(w -> w * w).sum();
        assertEquals(1.0, sum, 1e-4);
        for (int i = 1; i < t.weights().size(); i++) {
            assertTrue(t.weights().get(i - 1) >= t.weights().get(i), t.toString());
        }
        assertTrue(t.terms().contains("chreni") && t.terms().contains("aschti"), t.toString());
    }

    @Test
    void reportsOfOneEventAreCloserThanReportsOfAnother() {
        StoryTerms a = enrich("Bundeskanzler Scholz besuchte am Montag das Hochwassergebiet im Ahrtal. Scholz"
                + " versprach den Opfern des Hochwassers schnelle Hilfe beim Wiederaufbau.").storyTerms();
        StoryTerms b = enrich("Im Ahrtal hat Scholz am Montag Opfer des Hochwassers getroffen und Hilfe für den"
                + " Wiederaufbau zugesagt.").storyTerms();
        StoryTerms c = enrich("Der FC Bayern gewann am Samstag gegen Dortmund mit drei zu null; Kane traf zweimal"
                + " für die Bayern.").storyTerms();
        assertTrue(cosine(a, b) > 0.3, "same event: " + cosine(a, b));
        assertTrue(cosine(a, c) < 0.05, "another event: " + cosine(a, c));
    }

    @Test
    void aTextWithoutTokensHasNoTerms() {
        Enrichment e = enrich("…");
        assertNull(e.storyTerms());
        assertTrue(e.stages().stream().anyMatch(s -> s.name().equals(StoryTermsStage.NAME)
                && s.status().equals("skipped")), e.stages().toString());
    }

    private static Enrichment enrich(String text) {
        return layer.enrich(new ArticleText(text, null, null));
    }

    static double cosine(StoryTerms a, StoryTerms b) {
        Map<String, Float> w = new HashMap<>();
        for (int i = 0; i < b.terms().size(); i++) {
            w.put(b.terms().get(i), b.weights().get(i));
        }
        double dot = 0;
        List<String> terms = a.terms();
        for (int i = 0; i < terms.size(); i++) {
            dot += a.weights().get(i) * w.getOrDefault(terms.get(i), 0f);
        }
        return dot;
    }
}
