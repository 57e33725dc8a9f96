package io.khabar.enrich.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.text.TokensStage;
import org.junit.jupiter.api.Test;

class KeywordStageTest {

    private final TokensStage tokens = new TokensStage();

    private List<Keyword> keywords(KeywordStage stage, String text, String language) {
        ArticleText article = new ArticleText(text, null, language);
        article.put(TokensStage.NAME, tokens.apply(article));
        return stage.apply(article);
    }

    @Test
    void repeatedPhrasesRankFirstStopWordsNeverAppearAndOffsetsPointAtThem() {
        String text = "Russia and Ukraine held peace talks in Istanbul. The peace talks ended without a deal. "
                + "Officials said the peace talks would resume in Istanbul next week. The weather was fine.";
        List<Keyword> found = keywords(new KeywordStage(new Background(1000), 5), text, "en");
        assertEquals("peace talks", found.get(0).phrase());
        assertEquals(1.0, found.get(0).score());
        assertEquals(3, found.get(0).occurrences().size());
        found.forEach(k -> k.occurrences().forEach(o -> assertEquals(k.phrase().toLowerCase(),
                text.substring(o[0], o[1]).toLowerCase())));
        assertTrue(found.stream().noneMatch(k -> k.phrase().equalsIgnoreCase("the")));
        assertTrue(found.stream().noneMatch(k -> k.key().equals("peac")), "a word inside a chosen phrase is not repeated");
    }

    @Test
    void wordsEveryArticleHasSinkAsTheBackgroundLearns() {
        Background background = new Background(1000);
        KeywordStage stage = new KeywordStage(background, 3);
        for (int i = 0; i < 20; i++) {
            keywords(stage, "Der Minister sagte am Montag etwas über Thema" + i + ". Der Minister sprach lange.", "de");
        }
        List<Keyword> found = keywords(stage, "Der Minister sagte, die Sanktionen seien falsch. Die Sanktionen "
                + "treffen die Bauern. Der Minister will die Sanktionen beenden.", "de");
        assertEquals("Sanktionen", found.get(0).phrase());
    }
}
