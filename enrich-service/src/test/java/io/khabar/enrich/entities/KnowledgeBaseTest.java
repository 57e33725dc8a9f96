package io.khabar.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private static final List<String> LANGUAGES = List.of("fa", "de", "en", "ru", "ar");

    @Test
    void countriesComeFromCldrInEveryLanguageAndCuratedIdsReplaceTheGeneratedOnes() {
        KnowledgeBase kb = KnowledgeBase.load(Optional.empty(), LANGUAGES);
        Entity iran = kb.get("Q794").orElseThrow();
        assertEquals("IR", iran.iso());
        assertTrue(iran.names().get("ja").contains("イラン"), "a name CLDR gives in Japanese");
        assertTrue(iran.names().get("sw").size() > 0, "and in Swahili");
        assertTrue(kb.get("iso:IR").isEmpty(), "merged onto the curated record");
        assertEquals("Q794", kb.named(NameKey.exact("Иран")).get(0).entity().id());
        assertTrue(kb.get("iso:NZ").isPresent(), "every country, curated or not");
        assertEquals("NZ", kb.get("zone:Pacific/Auckland").orElseThrow().country(), "cities from CLDR's zones");
        assertTrue(kb.size() > 600, "countries and cities: " + kb.size());
    }

    @Test
    void aUsersFileAddsAndMergesEntitiesWithoutARebuild(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.jsonl");
        Files.writeString(file, """
                {"id":"khabar:person:kamran-nowruzi","type":"person","names":{"en":["Kamran Nowruzi"],"fa":["کامران نوروزی"]}}
                {"id":"Q794","type":"country","names":{"en":["Land of Aryans"]}}
                """);
        KnowledgeBase kb = KnowledgeBase.load(Optional.of(file), LANGUAGES);
        assertEquals("khabar:person:kamran-nowruzi", kb.named(NameKey.exact("کامران نوروزی")).get(0).entity().id());
        assertEquals("Q794", kb.named(NameKey.exact("Land of Aryans")).get(0).entity().id());
        assertEquals("Q794", kb.named(NameKey.exact("Iran")).get(0).entity().id(), "the shipped names stay");
    }

    @Test
    void aBadLineIsRefusedNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"x\",\"type\":\"person\",\"names\":{}}\n{not json\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.load(Optional.of(bad), LANGUAGES));
        assertTrue(e.getMessage().contains("bad.jsonl line 2"), e.getMessage());
        Path missing = dir.resolve("missing.jsonl");
        Files.writeString(missing, "{\"type\":\"person\",\"names\":{}}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(Optional.of(missing), LANGUAGES))
                .getMessage().contains("'id', 'type' and 'names' are required"));
    }

    @Test
    void phoneticKeysMeetAcrossScripts() {
        assertEquals(NameKey.phonetic("Khrenin"), NameKey.phonetic("Хренин"));
        assertEquals(NameKey.phonetic("Khrenin"), NameKey.phonetic("خرنین"));
        assertEquals(NameKey.phonetic("Ashtiani"), NameKey.phonetic("آشتیانی"));
        assertEquals(NameKey.phonetic("Ashtiani"), NameKey.phonetic("Аштиани"));
        assertEquals(NameKey.phonetic("Lukashenko"), NameKey.phonetic("Lukaschenko"));
        assertEquals(NameKey.phonetic("Lukashenko"), NameKey.phonetic("لوکاشنکو"));
        assertEquals(NameKey.phonetic("Bagheri"), NameKey.phonetic("باقری"));
        assertEquals(NameKey.phonetic("Viktor"), NameKey.phonetic("ویکتور"));
        assertTrue(!NameKey.phonetic("Khrenin").equals(NameKey.phonetic("Ashtiani")));
    }
}
