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
        assertEquals(Map.of("George W. Bush", Entity.PERSON),
                lexicon("Das Vorwort zum Buch über George W. Bush schrieb ein Historiker im Jahr 2009."));
        assertEquals(Map.of("Schottland", Entity.PLACE), // not «A. Schottland»: the initial ends a sentence
                lexicon("Deutschland spielt in Gruppe A. Schottland ist der nächste Gegner."));
        assertEquals(Map.of("Nico G.", Entity.PERSON), lexicon("Derweil freut sich Nico G. auf seinen nächsten Einsatz."));
        assertEquals(Map.of("Annegret Kramp-Karrenbauer", Entity.PERSON),
                lexicon("Die Rede von Annegret Kramp-Karrenbauer dauerte eine Stunde."));
        String first = layer.enrich(new ArticleText("Laut Sabine Krautwurst wird die Anlage im Mai fertig.", null,
                null)).entities().mentions().get(0).entityId();
        String again = layer.enrich(new ArticleText("Die Sprecherin Sabine Krautwurst bestätigte den Termin am "
                + "Dienstag noch einmal.", null, null)).entities().mentions().stream()
                .filter(m -> m.type().equals(Entity.PERSON)).findFirst().orElseThrow().entityId();
        assertEquals(first, again);
    }

    @Test
    void aGivenNameAloneIsAPersonOfThisArticleOnly() {
        assertEquals(Map.of("Tobias", Entity.PERSON), lexicon("Auf seinen Sohn Tobias muss der Trainer weiter verzichten."));
        assertEquals(Map.of("Thomas", Entity.PERSON), lexicon("Thomas erklärte, er bleibe im Amt."));
        assertEquals(Map.of(), lexicon("Die Kirche St. Peter wurde 1787 erbaut."), "a saint's name: a church or a town");
        List<Mention> same = layer.enrich(new ArticleText("Am Montag sagte Tobias Krautwurst, das Werk sei fertig. "
                + "Tobias lobte die Arbeiter.", null, null)).entities().mentions();
        assertEquals(2, same.size(), same.toString());
        assertEquals(same.get(0).entityId(), same.get(1).entityId(), "the person this article named before");
        String one = layer.enrich(new ArticleText("Tobias lobte die Arbeiter am Montag sehr.", null, null))
                .entities().mentions().get(0).entityId();
        String other = layer.enrich(new ArticleText("Am Dienstag kam Tobias zu spät zur Probe.", null, null))
                .entities().mentions().get(0).entityId();
        assertTrue(!one.equals(other) && !one.equals(same.get(0).entityId()), one + " " + other);
    }

    @Test
    void placesFromTheDictionaryOrAfterInNachAus() {
        assertEquals(Map.of("Wolfsburg", Entity.PLACE), lexicon("Wolfsburg liegt am Mittellandkanal und hat ein Werk."));
        assertEquals(Map.of("Bad Homburg", Entity.PLACE), lexicon("Die Tagung fand in Bad Homburg statt."));
        Map<String, String> found = lexicon("Die Delegation reiste aus Wittenberge nach Quarzbrück und fuhr am "
                + "Abend weiter in Richtung Süden.");
        assertEquals(Entity.PLACE, found.get("Wittenberge"), found.toString());
        assertEquals(Entity.PLACE, found.get("Quarzbrück"), found.toString());
        // places the dictionary also lists as a noun, in the singular only: the noun is the place
        assertEquals(Map.of("München", Entity.PLACE, "Europa", Entity.PLACE),
                lexicon("Die Band zog von München aus durch Europa und spielte jeden Abend."));
        // but a noun with a plural is the ordinary word («Halle», «Hallen»)
        assertEquals(Map.of(), lexicon("Die Halle war am Abend bis auf den letzten Platz gefüllt."));
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
        assertEquals(Map.of("SC Verl", Entity.ORGANISATION), lexicon("Der SC Verl gewann das Spiel am Samstag."));
        assertTrue(lexicon("Die Mercedes-Benz Group AG meldete einen Gewinn.").isEmpty(), "no «Group AG»");
    }

    @Test
    void foreignGivenNamesAndTownsTheDictionaryLacksFromFakerAndGeoNames() {
        assertEquals(Map.of("Grant Leadbitter", Entity.PERSON),
                lexicon("Am Sonntag traf Grant Leadbitter zweimal für seinen Verein."));
        assertEquals(Map.of("Birmingham", Entity.PLACE),
                lexicon("Der Flughafen von Birmingham wurde am Morgen wegen Nebels geschlossen."));
        // GeoNames writes «Kandahār»: its towns count without their diacritics too
        assertEquals(Map.of("Kandahar", Entity.PLACE), lexicon("Die Polizei von Kandahar meldete zwei Festnahmen."));
        // a surname that is also a noun, right after a given name
        assertEquals(Map.of("Herbert Stein", Entity.PERSON),
                lexicon("Gestern erklärte Herbert Stein vor der Presse, der Plan sei gescheitert."));
        // but a unit after an amount is no surname, though «Mio» is a given name
        String amount = "Der Umsatz stieg auf 654 Mio Euro.";
        assertTrue(lexicon(amount).isEmpty(), lexicon(amount).toString());
    }

    @Test
    void acronymsTheDictionaryHasAsNounsAndNewspapers() {
        assertEquals(Map.of("DKP", Entity.ORGANISATION),
                lexicon("Im Landtag lehnte die DKP den Antrag der Regierung ab."));
        assertEquals(Map.of("Badische Zeitung", Entity.ORGANISATION),
                lexicon("Das berichtete die Badische Zeitung am Montag."));
        assertEquals(Map.of("Franzis Verlag", Entity.ORGANISATION, "München", Entity.PLACE),
                lexicon("Das Buch erschien 1970 im Franzis Verlag in München."));
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
                "Über die Zusammenarbeit im Vertedigungsbereich sagte Brigadegeneral Ashtiani: „Wir sind bereit.“",
                // an initial ends a sentence or an abbreviation as often as it stands in a name
                "Viele Firmen, z. B. Apple und Samsung, bauen hier Werke.",
                // a company or organisation that speaks is no person of ours, nor a name alone only Faker lists
                "Die Fans von Chelsea feierten bis in die Nacht.",
                "Biontech erklärte am Montag, der Impfstoff wirke.",
                "Aktivisten von Greenpeace protestierten vor dem Werk.")) {
            assertTrue(lexicon(s).isEmpty(), s + " → " + lexicon(s));
        }
    }

    @Test
    void aWordTooLongToSplitIsNoNameAndTheArticlesOtherNamesAreStillFound() {
        String text = "Die Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsvorsitzende"
                + " traf Sabine Krautwurst.";
        var entities = layer.enrich(new ArticleText(text, null, null));
        assertTrue(entities.stages().stream().allMatch(s -> s.status().equals("ok")), entities.stages().toString());
        assertEquals(Map.of("Sabine Krautwurst", Entity.PERSON), lexicon(text));
    }

    @Test
    void aNameRightAfterANounForAPersonIsTheirs() {
        assertEquals(Map.of("Castens", Entity.PERSON),
                lexicon("An seine Stelle trat der Schulrat Castens, unter dem vieles anders wurde."));
        assertEquals(Map.of("Wolf", Entity.PERSON), lexicon("Im Gottesdienst predigte Pfarrer Wolf über die Geduld."),
                "a surname the dictionary also has as a noun");
        assertEquals(Map.of(), lexicon("Im Wald sah der Förster einen Wolf."), "the noun, with no person before it");
        assertTrue(!lexicon("Zusammen mit dem Dichter Wolf Wondratschek schrieb er ein Buch.").containsKey("Wolf"),
                "a given name that starts a longer name is not a surname alone");
        assertEquals(Map.of("Gallus", Entity.PERSON), lexicon("Am Abend kam Onkel Gallus zu Besuch."));
        assertEquals(Map.of(), lexicon("Die Siemens-Tochter Wolf kündigte Stellen."),
                "a company's «Tochter» is a company: a kinship noun after a hyphen is no cue");
        assertTrue(!lexicon("Der Bürgermeister Tübingens sprach zuerst.").containsValue(Entity.PERSON),
                "a place in the genitive is whose office it is, not the person");
        assertEquals(Map.of("Can Dündar", Entity.PERSON), lexicon("Gestern sagte Can Dündar, er bleibe."),
                "a given name that is also a GeoNames town («Can») is the given name before a surname");
        assertTrue(GermanNames.personNoun("Vizekanzler"));
        assertTrue(GermanNames.personNoun("Sprecherin"));
        assertTrue(!GermanNames.personNoun("Tisch"));
        assertTrue(!GermanNames.personNoun("sprecher"), "a noun is capitalised");
    }

    @Test
    void aPlaceTheDictionaryAlsoHasAsANounOrThatSplitsIntoWordsIsStillAPlace() {
        assertEquals(Map.of("Halle", Entity.PLACE), lexicon("Der Zug kam am Abend aus Halle zurück."));
        assertEquals(Map.of(), lexicon("Die Halle war am Abend voll."), "the noun, with no «in», «nach», «aus» before it");
        assertEquals(Map.of("Regensburg", Entity.PLACE), lexicon("Die alte Brücke in Regensburg wird saniert."),
                "«Regen» + «sburg»: a town of GeoNames before a compound");
    }

    @Test
    void onlyGermanTextIsReadThisWay() {
        assertTrue(lexicon("Yesterday Sabine Krautwurst said in Quarzbrück that the talks had gone well.").isEmpty());
    }
}
