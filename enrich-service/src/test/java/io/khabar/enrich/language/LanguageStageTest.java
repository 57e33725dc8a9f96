package io.khabar.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.khabar.enrich.config.EnrichConfig;
import io.khabar.enrich.pipeline.ArticleText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lingua with the service's default language set tells news sentences apart, and says so when it cannot. */
class LanguageStageTest {

    private static LanguageStage stage;

    @BeforeAll
    static void load() {
        stage = new LanguageStage(new EnrichConfig.Language() {
            @Override
            public List<String> languages() {
                return List.of("PERSIAN", "ARABIC", "URDU", "GERMAN", "ENGLISH", "RUSSIAN", "DUTCH");
            }

            @Override
            public int maxChars() {
                return 150;
            }

            @Override
            public double minMargin() {
                return 0.2;
            }

            @Override
            public int minLetters() {
                return 20;
            }

            @Override
            public int shortText() {
                return 400;
            }
        });
    }

    private static String detect(String text) {
        return stage.apply(new ArticleText(text, null, null)).document().code();
    }

    @Test
    void persianArabicAndUrduAreNotConfused() {
        assertEquals("fa", detect("وزرای دفاع جمهوری اسلامی ایران و جمهوری بلاروس روز دوشنبه در تهران تفاهمنامه همکاری دفاعی امضا کردند."));
        assertEquals("ar", detect("وقع وزيرا الدفاع في إيران وبيلاروسيا يوم الاثنين في طهران مذكرة تفاهم للتعاون الدفاعي."));
        assertEquals("ur", detect("ایران اور بیلاروس کے وزرائے دفاع نے پیر کے روز تہران میں دفاعی تعاون کی یادداشت پر دستخط کیے۔"));
    }

    @Test
    void latinAndCyrillicNewsLanguages() {
        assertEquals("de", detect("Die Verteidigungsminister von Iran und Belarus haben eine Einverständnisnote unterzeichnet."));
        assertEquals("en", detect("The defence ministers of Iran and Belarus signed a memorandum of understanding on Monday."));
        assertEquals("ru", detect("Министры обороны Ирана и Белоруссии подписали в понедельник меморандум о сотрудничестве."));
    }

    @Test
    void textWithoutLettersIsNotGuessed() {
        assertFalse(stage.canRun(new ArticleText("2024-01-08 10:00 +++ 42", null, null)));
        LanguageResult tooShort = stage.apply(new ArticleText("ok", null, null)).document();
        assertFalse(tooShort.reliable() && tooShort.confidence() > 0.9, tooShort.toString());
        assertTrue(stage.apply(new ArticleText("Die Verteidigungsminister haben die Note unterzeichnet.", null, null)).document().reliable());
    }

    @Test
    void eachParagraphHasItsLanguageAndAMixedArticleIsNotReliable() {
        String fa = "وزرای دفاع جمهوری اسلامی ایران و جمهوری بلاروس روز دوشنبه در تهران تفاهمنامه همکاری دفاعی امضا کردند.";
        String de = "Die Verteidigungsminister von Iran und Belarus haben am Montag in Teheran eine Note unterzeichnet.";
        ArticleText article = new ArticleText(fa + "\n" + de + "\n" + fa, null, null);
        article.put(io.khabar.enrich.clean.CleaningStage.NAME, new io.khabar.enrich.clean.CleaningStage(
                io.khabar.enrich.clean.BoilerplateRules.load(java.util.Optional.empty()), 40).apply(article));
        LanguageAnalysis analysis = stage.apply(article);
        assertEquals(List.of("fa", "de", "fa"), analysis.paragraphs().stream().map(p -> p.language().code()).toList());
        assertEquals(fa.length() + 1, analysis.paragraphs().get(1).start());
        assertEquals("fa", analysis.document().code());
        assertTrue(analysis.mixed());
        assertFalse(analysis.document().reliable(), "a quarter or more in another language: not reliable");
    }

    @Test
    void aTextTooShortToTellIsUndetermined() {
        LanguageAnalysis analysis = stage.apply(new ArticleText("Ja, ok.", null, null));
        assertEquals(LanguageResult.UNDETERMINED, analysis.document().code());
        assertFalse(analysis.document().reliable());
    }

    @Test
    void multiParagraphArabicAndUrduArticlesAreNotTakenForPersian() {
        String ar = "وقع وزيرا الدفاع في إيران وبيلاروسيا يوم الاثنين في طهران مذكرة تفاهم للتعاون الدفاعي بين البلدين.\n"
                + "وقال وزير الدفاع الإيراني إن العلاقات بين البلدين تشهد تطورا ملحوظا في مختلف المجالات العسكرية.\n"
                + "وأضاف أن التعاون الثنائي يهدف إلى تعزيز الأمن والاستقرار في المنطقة ومواجهة العقوبات الغربية.";
        String ur = "ایران اور بیلاروس کے وزرائے دفاع نے پیر کے روز تہران میں دفاعی تعاون کی یادداشت پر دستخط کیے۔\n"
                + "ایرانی وزیر دفاع نے کہا کہ دونوں ممالک کے درمیان تعلقات مختلف شعبوں میں تیزی سے ترقی کر رہے ہیں۔\n"
                + "انہوں نے مزید کہا کہ دو طرفہ تعاون کا مقصد خطے میں امن اور استحکام کو مضبوط بنانا ہے۔";
        for (String[] c : new String[][] {{ar, "ar"}, {ur, "ur"}}) {
            ArticleText article = new ArticleText(c[0], null, null);
            article.put(io.khabar.enrich.clean.CleaningStage.NAME, new io.khabar.enrich.clean.CleaningStage(
                    io.khabar.enrich.clean.BoilerplateRules.load(java.util.Optional.empty()), 40).apply(article));
            LanguageAnalysis analysis = stage.apply(article);
            assertEquals(c[1], analysis.document().code());
            assertEquals(List.of(c[1], c[1], c[1]), analysis.paragraphs().stream().map(p -> p.language().code()).toList());
            assertFalse(analysis.mixed());
        }
    }

    @Test
    void soraniKurdishWhichTheDetectorDoesNotKnowIsUndeterminedNotArabic() {
        String ckb = "وەزیری بەرگری ئێران و بیلاڕووسیا ڕۆژی دووشەممە لە تاران یاداشتێکی هاوکاری بەرگرییان واژۆ کرد.\n"
                + "هەردوو لایەن جەختیان لە بەهێزکردنی پەیوەندییە سەربازییەکان و ئاسایشی ناوچەکە کردەوە.";
        ArticleText article = new ArticleText(ckb, null, null);
        article.put(io.khabar.enrich.clean.CleaningStage.NAME, new io.khabar.enrich.clean.CleaningStage(
                io.khabar.enrich.clean.BoilerplateRules.load(java.util.Optional.empty()), 40).apply(article));
        LanguageAnalysis analysis = stage.apply(article);
        assertEquals(LanguageResult.UNDETERMINED, analysis.document().code(), analysis.toString());
        assertFalse(analysis.document().reliable());
        assertEquals(LanguageResult.UNDETERMINED, stage.apply(new ArticleText(ckb.substring(0, ckb.indexOf('\n')),
                null, null)).document().code());
    }

    @Test
    void aParagraphInAnotherLanguageOfTheSameScriptIsNotTakenForTheArticlesLanguage() {
        String de = "Die Verteidigungsminister von Iran und Belarus haben am Montag in Teheran eine Note über die "
                + "Zusammenarbeit unterzeichnet, die nach Angaben beider Seiten die Beziehungen vertiefen soll.";
        String nl = "De ministers van Defensie van Iran en Wit-Rusland hebben maandag in Teheran een overeenkomst "
                + "over samenwerking ondertekend, die volgens beide partijen de betrekkingen moet verdiepen.";
        String fa = "وزرای دفاع جمهوری اسلامی ایران و جمهوری بلاروس روز دوشنبه در تهران تفاهمنامه همکاری دفاعی امضا "
                + "کردند و بر گسترش روابط دو کشور تاکید کردند.";
        String ar = "وقع وزيرا الدفاع في إيران وبيلاروسيا يوم الاثنين في طهران مذكرة تفاهم للتعاون الدفاعي بين البلدين "
                + "وأكدا على توسيع العلاقات.";
        for (String[] c : new String[][] {{de, nl, "de", "nl"}, {fa, ar, "fa", "ar"}}) {
            ArticleText article = new ArticleText(c[0] + "\n" + c[0] + "\n" + c[1] + "\n" + c[0], null, null);
            article.put(io.khabar.enrich.clean.CleaningStage.NAME, new io.khabar.enrich.clean.CleaningStage(
                    io.khabar.enrich.clean.BoilerplateRules.load(java.util.Optional.empty()), 40).apply(article));
            LanguageAnalysis analysis = stage.apply(article);
            assertEquals(List.of(c[2], c[2], c[3], c[2]),
                    analysis.paragraphs().stream().map(p -> p.language().code()).toList());
            assertEquals(c[2], analysis.document().code());
        }
    }
}
