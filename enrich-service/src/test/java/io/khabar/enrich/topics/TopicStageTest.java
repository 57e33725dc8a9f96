package io.khabar.enrich.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.TextLayer;
import io.khabar.enrich.text.Analyzers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicStageTest {

    private static TextLayer layer;

    @BeforeAll
    static void load() {
        layer = new TextLayer(StandaloneConfig.load());
    }

    private static List<Topic> topics(String text) {
        List<Topic> topics = layer.enrich(new ArticleText(text, null, null)).topics();
        topics.forEach(t -> t.evidence().forEach(e -> assertTrue(e.end() <= text.length())));
        return topics;
    }

    private static Set<String> ids(List<Topic> topics) {
        return topics.stream().map(Topic::id).collect(Collectors.toSet());
    }

    @Test
    void aWordsPrefixTermsAreTheOnesItStartsWithInTheLexiconsOrder() {
        TopicLexicon lexicon = TopicLexicon.load(Optional.empty(), new Analyzers());
        List<String> words = new java.util.ArrayList<>(List.of("verteidigungskooperation", "verteidigung", "x", ""));
        lexicon.prefixFirst.forEach(e -> words.add(e.stems().get(0) + "zusatz"));
        for (String word : words) {
            List<TopicLexicon.Entry> found = new java.util.ArrayList<>();
            lexicon.prefixedFirst(word, found);
            assertEquals(lexicon.prefixFirst.stream().filter(e -> word.startsWith(e.stems().get(0))).toList(), found,
                    word);
        }
        List<TopicLexicon.Entry> defence = new java.util.ArrayList<>();
        lexicon.prefixedFirst("verteidigungskooperation", defence);
        assertFalse(defence.isEmpty(), "the German lexicon has «Verteidigung*»");
    }

    @Test
    void everySeedIsAboutMilitaryCooperationAndDiplomacy() throws IOException {
        try (var files = Files.list(Path.of("..", "seeds"))) {
            for (Path p : files.sorted().toList()) {
                Set<String> ids = ids(topics(Files.readString(p, StandardCharsets.UTF_8)));
                assertTrue(ids.containsAll(Set.of("khabar:topic:military-cooperation", "khabar:topic:diplomacy",
                        "khabar:topic:defence")), p + ": " + ids);
            }
        }
    }

    @Test
    void otherNewsGetsItsOwnTopicsAndNotDefence() {
        Set<String> sanctions = ids(topics("Die EU hat neue Sanktionen gegen Iran beschlossen. Die Sanktionen treffen "
                + "den Ölhandel und die Banken des Landes, teilte die Kommission mit. Weitere Sanktionen seien möglich."));
        assertTrue(sanctions.contains("khabar:topic:sanctions"), sanctions.toString());
        // named in the article's language, and in every language of the taxonomy for readers of other languages
        Topic t = topics("Die EU hat neue Sanktionen gegen Iran beschlossen. Die Sanktionen treffen den Ölhandel und "
                + "die Banken des Landes, teilte die Kommission mit. Weitere Sanktionen seien möglich.").stream()
                .filter(x -> x.id().equals("khabar:topic:sanctions")).findFirst().orElseThrow();
        assertEquals(t.labels().get("de"), t.label());
        assertEquals(Set.of("en", "de", "fa", "ru", "ar"), t.labels().keySet());
        assertFalse(t.labels().get("fa").isBlank());
        assertFalse(sanctions.contains("khabar:topic:military-cooperation"));
        Set<String> quake = ids(topics("زلزله ای به بزرگی شش ریشتر امروز استان کرمان را لرزاند. در این زلزله ده نفر "
                + "مجروح شدند و امدادگران به منطقه اعزام شدند. زلزله خسارت زیادی به خانه ها وارد کرد."));
        assertTrue(quake.contains("medtop:03000000"), quake.toString());
        assertFalse(quake.contains("khabar:topic:defence"), quake.toString());
    }

    @Test
    void aTopicsFileWithABadLineIsRefusedByName(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("topics.jsonl");
        Files.writeString(bad, "{\"id\":\"x\",\"label\":{\"en\":\"x\"},\"terms\":{\"en\":[\"x\"]}}\n{\"id\":\"y\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TopicStage(Optional.of(bad), 0.4));
        assertTrue(e.getMessage().contains("topics.jsonl line 2"), e.getMessage());
        assertEquals(true, e.getMessage().contains("'id', 'label' and 'terms' are required"));
    }
}
