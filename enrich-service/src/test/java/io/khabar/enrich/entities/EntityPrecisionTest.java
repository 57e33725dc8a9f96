package io.khabar.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.Enrichment;
import io.khabar.enrich.pipeline.TextLayer;
import io.khabar.enrich.topics.Topic;
import io.khabar.enrich.topics.TopicStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an independent review found tagged or linked wrongly, each now right. */
class EntityPrecisionTest {

    private static TextLayer layer;

    @BeforeAll
    static void load() {
        layer = new TextLayer(StandaloneConfig.load());
    }

    private static Enrichment enrich(String text) {
        return layer.enrich(new ArticleText(text, null, null));
    }

    private static List<String> ids(String text) {
        return enrich(text).entities().mentions().stream().map(Mention::entityId).toList();
    }

    @Test
    void curatedOrganisationsAndRegionsAreFoundAndTheOrdinaryWordsLikeThemAreNot() {
        assertEquals(List.of("khabar:organisation:siemens", "khabar:organisation:deutsche-bank",
                        "khabar:organisation:borussia-dortmund", "khabar:organisation:champions-league",
                        "khabar:place:baltic-sea", "khabar:place:saxony"),
                ids("Siemens und die Deutsche Bank werben bei Borussia Dortmund in der Champions League, "
                        + "an der Ostsee und in Sachsens Städten."));
        assertTrue(ids("Die Zeit drängt. Das Bild zeigt die linke Hand. Über den Fluss führt eine Brücke, "
                + "die grünen Wiesen davor gehören der Union.").isEmpty());
    }

    @Test
    void aPlacesNameAfterDieOrDenThatIsThePluralOfItsPeopleIsThePeople() {
        assertEquals(List.of("iso:PL", "khabar:place:bavaria", "iso:NL"),
                ids("Am Abend feierten die Polen und die Bayern gemeinsam. In Polen und in Bayern regnet es, "
                        + "in den Niederlanden auch."));
        assertTrue(ids("Die Schweden gewannen gegen die Hessen.").isEmpty());
        assertTrue(ids("Am Wochenende wanderten sie durch die Alpen.").contains("khabar:place:alps"),
                "«Alpen» is also the plural of the feminine «Alpe», a thing, not people");
        List<Mention> demonyms = enrich("Am Ende stimmten die Deutschen zu.").entities().mentions();
        assertEquals(List.of("adjective"), demonyms.stream().map(Mention::evidence).toList(),
                "a demonym stays the adjective's mention of its country: " + demonyms);
        assertEquals(List.of("Q30", "iso:CH"), ids("Die USA und die Schweiz stimmten zu."),
                "a country whose name takes «die» is still the country");
    }

    @Test
    void ordinaryWordsAreNotPlaces() {
        assertTrue(ids("He told us that the man at the end of the street had left for the island.").isEmpty());
        assertTrue(ids("Кроме того, на Ближнем Востоке министры обсудили ситуацию в регионе.").stream()
                .noneMatch(id -> id.equals("iso:TG")));
        assertTrue(ids("منابع مالی این طرح پیرو مصوبه دولت تامین شد و در آستانه سال نو میسر است.").isEmpty());
        assertTrue(ids("Man weiß, dass mehr Gespräche nötig sind, sagte der Sprecher am Montag.").isEmpty());
    }

    @Test
    void aCommonGivenNameAndASurnameMakeAPersonAndTheSameNameTheSameId() {
        Mention fa = enrich("به گزارش خبرگزاری تسنیم از کرج، حسین محمدی در نشست خبری مشترک با معاون استاندار گفت "
                + "که کار ادامه دارد.").entities().mentions().stream().filter(m -> m.type().equals(Entity.PERSON))
                .findFirst().orElseThrow();
        assertEquals("حسین محمدی", fa.surface());
        assertEquals("given-name", fa.evidence());
        Mention again = enrich("حسین محمدی امروز در جلسه شورای شهر حاضر شد و درباره آلودگی هوا سخن گفت.").entities()
                .mentions().stream().filter(m -> m.type().equals(Entity.PERSON)).findFirst().orElseThrow();
        assertEquals(fa.entityId(), again.entityId());
        assertTrue(ids("Olaf Scholz sagte am Montag in Berlin, die Regierung werde handeln.").stream()
                .anyMatch(id -> id.startsWith("khabar:person:~")));
        assertTrue(ids("die olaf-artige Figur stand im Raum.").isEmpty(), "lower case is no name");
    }

    @Test
    void aCountrysMinistryIsOneOrganisationInEveryLanguage() {
        String id = "khabar:organisation:ministry-of-defence:IR";
        for (String s : List.of("مقامات وزارت دفاع ایران روز دوشنبه با هیئت بلاروسی دیدار کردند.",
                "Das iranische Verteidigungsministerium teilte am Montag mit, die Gespräche seien gut verlaufen.",
                "Iran's defence ministry said on Monday that the talks had gone well.",
                "Министерство обороны Ирана сообщило в понедельник, что переговоры прошли успешно.")) {
            assertTrue(ids(s).contains(id), s + " → " + enrich(s).entities().mentions());
        }
        assertTrue(ids("The defence ministry said on Monday that the talks had gone well.").stream()
                .noneMatch(x -> x.startsWith("khabar:organisation:ministry")), "no country named: no id guessed");
    }

    @Test
    void aNameThatIsACountryAndACityElsewhereIsLeftUntagged() {
        List<String> found = ids("وصل وزير الخارجية إلى عمان يوم الاثنين لإجراء محادثات مع نظيره.");
        assertFalse(found.contains("iso:OM"), found.toString());
        assertTrue(ids("Die Minister trafen sich am Montag in Kuwait zu Gesprächen.").stream()
                .anyMatch(id -> id.equals("iso:KW")), "Kuwait, country and city of one country, is the country");
    }

    @Test
    void aSharedSurnameSoundIsNotTheSamePersonAndVariantsOfOneAre() {
        assertFalse(ids("General Lloyd Austin met his counterpart on Monday in Washington, officials said.")
                .contains("khabar:person:mohammad-reza-ashtiani"));
        assertEquals(ids("Generalmajor Wolkow sprach am Montag in Moskau vor Journalisten.").get(0),
                ids("Генерал Волков выступил в понедельник в Москве перед журналистами.").get(0));
    }

    @Test
    void nounsAfterTitlesAreNotPeopleAndGenitivesGiveNoRole() {
        assertTrue(enrich("The UN General Assembly voted on Monday, and General Motors said it would comply.")
                .entities().mentions().stream().noneMatch(m -> m.type().equals(Entity.PERSON)));
        Mention lukashenko = enrich("Lukaschenkos Verteidigungsminister Viktor Chrenin reiste am Montag nach "
                + "Teheran.").entities().mentions().stream()
                .filter(m -> m.entityId().equals("khabar:person:alexander-lukashenko")).findFirst().orElseThrow();
        assertNull(lukashenko.role());
        Mention lavrov = enrich("Sergei Lavrov, the foreign minister, flew to Iran on Monday for talks.").entities()
                .mentions().stream().filter(m -> m.entityId().equals("khabar:person:sergei-lavrov")).findFirst()
                .orElseThrow();
        assertEquals("foreign minister", lavrov.role().position());
        assertNull(lavrov.role().country(), "Iran is where he flew, not whose minister he is");
    }

    @Test
    void theSpeakerIsTheSubjectNotTheCompanionAndNotAWordEndingInQala() {
        String fa = "امیر سرتیپ آشتیانی در دیدار با ویکتور خرنین در تهران گفت: همکاری دو کشور علیه کشور ثالثی نیست.";
        assertEquals("khabar:person:mohammad-reza-ashtiani", enrich(fa).quotations().get(0).speakerId());
        assertTrue(enrich("وتناول المقال: العلاقات بين البلدين تطورت كثيرا في السنوات الأخيرة.").quotations().isEmpty());
    }

    @Test
    void topicsDoNotFireOnLookAlikeWords() {
        List<String> de = enrich("Es handelt sich um eine Frage, die an alle gerichtet ist, sagte der Sprecher in "
                + "Berlin am Montag.").topics().stream().map(Topic::id).toList();
        assertFalse(de.contains("khabar:topic:trade"), de.toString());
        assertFalse(de.contains("medtop:02000000"), de.toString());
        List<String> ru = enrich("Судя по всему, более половины больших газет сообщили об этом в понедельник.")
                .topics().stream().map(Topic::id).toList();
        assertFalse(ru.contains("khabar:topic:armed-conflict"), ru.toString());
        assertFalse(ru.contains("khabar:topic:energy"), ru.toString());
    }

    @Test
    void aTopicWithAnUnknownParentIsRefusedAndUserRolesAreAddedNotReplaced(@TempDir Path dir) throws IOException {
        Path topics = dir.resolve("topics.jsonl");
        Files.writeString(topics, "{\"id\":\"x\",\"label\":{\"en\":\"x\"},\"parent\":\"nowhere\",\"terms\":{\"en\":[\"x\"]}}\n");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TopicStage(Optional.of(topics), 0.4)).getMessage().contains("'nowhere'"));
        Path people = dir.resolve("people.jsonl");
        Files.writeString(people, "{\"id\":\"Q7747\",\"type\":\"person\",\"names\":{},\"roles\":[{\"position\":"
                + "\"prime minister\",\"country\":\"RU\",\"from\":\"2008\",\"to\":\"2012\"}]}\n");
        Entity putin = KnowledgeBase.load(Optional.of(people), List.of("en")).get("Q7747").orElseThrow();
        assertEquals(List.of("president", "prime minister"), putin.roles().stream().map(Entity.Role::position).toList());
    }
}
