package io.khabar.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.TextLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** German names the knowledge base does not know, found through LanguageTool's dictionary ({@link GermanNames}). */
class GermanNamesTest {

    private static TextLayer layer;

    @BeforeAll
    static void load() {
        layer = new TextLayer(StandaloneConfig.load());
    }

    /** The dictionary's names in {@code text}: surface → type. */
    private static Map<String, String> lexicon(String text) {
        return layer.enrich(new ArticleText(text, null, null)).entities().mentions().stream()
                .filter(m -> "lexicon".equals(m.evidence()))
                .collect(Collectors.toMap(Mention::surface, Mention::type, (a, b) -> a));
    }

    @Test
    void aGivenNameAndTheWordsAfterItArePersonAndTheSameNameLinksToOneId() {
        assertEquals(Map.of("Sabine Krautwurst", Entity.PERSON),
                lexicon("Am Montag sagte Sabine Krautwurst vor Journalisten, die Gespräche seien gut verlaufen."));
        assertEquals(Map.of("Ursula von der Leyen", Entity.PERSON),
                lexicon("Die Kommission unter Ursula von der Leyen legte am Mittwoch einen neuen Entwurf vor."));
        assertEquals(Map.of("George W. Bush", Entity.PERSON, "A. Wiegemann", Entity.PERSON),
                lexicon("Das Vorwort zum Buch über George W. Bush schrieb der Historiker A. Wiegemann im Jahr 2009."));
        assertEquals(Map.of("Nico G.", Entity.PERSON), lexicon("Derweil freut sich Nico G. auf seinen nächsten Einsatz."));
        String first = layer.enrich(new ArticleText("Laut Sabine Krautwurst wird die Anlage im Mai fertig.", null,
                null)).entities().mentions().get(0).entityId();
        String again = layer.enrich(new ArticleText("Die Sprecherin Sabine Krautwurst bestätigte den Termin am "
                + "Dienstag noch einmal.", null, null)).entities().mentions().stream()
                .filter(m -> m.type().equals(Entity.PERSON)).findFirst().orElseThrow().entityId();
        assertEquals(first, again);
    }

    @Test
    void placesFromTheDictionaryOrAfterInNachAus() {
        Map<String, String> found = lexicon("Die Delegation reiste aus Wittenberge nach Quarzbrück und fuhr am "
                + "Abend weiter in Richtung Süden.");
        assertEquals(Entity.PLACE, found.get("Wittenberge"), found.toString());
        assertEquals(Entity.PLACE, found.get("Quarzbrück"), found.toString());
    }

    @Test
    void institutionsAcronymsAndCompanies() {
        assertEquals(Map.of("Bundesamt für Verfassungsschutz", Entity.ORGANISATION),
                lexicon("Nach Angaben aus Sicherheitskreisen hat das Bundesamt für Verfassungsschutz den Verein "
                        + "beobachtet."));
        assertEquals(Entity.ORGANISATION, lexicon("Die Firma Krautwerk AG meldete einen Gewinn.")
                .get("Krautwerk AG"));
        assertEquals(Entity.ORGANISATION, lexicon("Die Gewerkschaft VKBX forderte mehr Lohn für die Beschäftigten.")
                .get("VKBX"));
    }

    @Test
    void nounsCompoundsFunctionWordsAndTitlesOfWorksAreNotNames() {
        for (String s : List.of(
                "Die Wirtschaftsminister berieten über Kampfjets, Grenzkontrollen und die Verteidigungsausgaben.",
                "Seine Studien über die Geschichte der Chemie erhielten weltweite Anerkennung.",
                "Der Hamiltonoperator wird in einer Eigenbasis dargestellt, sagte der Dozent.",
                "Die Astana-Gegner und die Bundesliga-Neulinge hatten einen guten Grund zur Freude.",
                "Auf dem Album steht der Song Keep It Together an dritter Stelle.",
                "Das Buch erschien 1990 im Verlag, ISBN 3-7776-0477-1, und ist vergriffen.",
                // the German seed's misspelt compound before a verb of saying whose speaker follows it
                "Über die Zusammenarbeit im Vertedigungsbereich sagte Brigadegeneral Ashtiani: „Wir sind bereit.“")) {
            assertTrue(lexicon(s).isEmpty(), s + " → " + lexicon(s));
        }
    }

    @Test
    void onlyGermanTextIsReadThisWay() {
        assertTrue(lexicon("Yesterday Sabine Krautwurst said in Quarzbrück that the talks had gone well.").isEmpty());
    }
}
