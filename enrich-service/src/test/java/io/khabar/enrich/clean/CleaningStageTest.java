package io.khabar.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.khabar.enrich.pipeline.ArticleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleaningStageTest {

    private final CleaningStage stage = new CleaningStage(BoilerplateRules.load(Optional.empty()), 40);

    private List<String> reasons(String text) {
        return stage.apply(new ArticleText(text, null, null)).removed().stream().map(Removed::reason).toList();
    }

    @Test
    void germanAndEnglishChromeIsRemovedWithReasons() {
        String text = """
                Startseite
                Berlin (dpa) - Die Bundesregierung hat am Montag neue Regeln für den Export beschlossen, teilte ein Sprecher mit.
                Mehr zum Thema: Exportkontrolle
                Artikel teilen
                Facebook | Twitter | WhatsApp
                Schreibe einen Kommentar
                Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert
                3 + 4 = ?
                © 2023 Beispiel Zeitung
                Leave a Reply
                """;
        assertEquals(List.of("navigation", "related", "share", "share", "comment-form", "comment-form", "captcha",
                "copyright", "comment-form"), reasons(text));
    }

    @Test
    void aLongParagraphIsNeverRemovedEvenWhenItContainsAPhrase() {
        String report = "Der Minister sagte am Montag in Berlin, dass die Regierung alle Kommentare der Bürger lesen "
                + "werde und man die Felder sind mit markiert Debatte über Share und Facebook Twitter fortsetzen wolle, "
                + "bevor das Gesetz im Herbst in den Bundestag eingebracht wird und dort beraten werden soll, sagte er.";
        assertTrue(reasons(report + "\n" + report).isEmpty());
    }

    @Test
    void shortLinesInTheArticlesOwnScriptBetweenParagraphsStay() {
        String text = "این یک پاراگراف کامل از گزارش خبری است که باید بماند و حذف نشود هرگز.\n"
                + "تیتر میانی گزارش\n"
                + "این هم پاراگراف دوم گزارش است که آن هم باید بماند و حذف نشود.";
        assertTrue(reasons(text).isEmpty());
    }

    @Test
    void aUsersRuleFileAddsRulesAndABadOneIsRefusedByName(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("rules.tsv");
        Files.writeString(good, "# mine\npromo\t^jetzt abonnieren$\n");
        CleaningStage custom = new CleaningStage(BoilerplateRules.load(Optional.of(good)), 40);
        assertEquals(List.of("promo"), custom.apply(new ArticleText("Jetzt abonnieren\nEin Satz mit genug Wörtern, "
                + "um als Absatz zu gelten, bleibt stehen.", null, null)).removed().stream().map(Removed::reason).toList());
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "promo\t(unclosed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateRules.load(Optional.of(bad)));
        assertTrue(e.getMessage().contains("bad.tsv line 1"), e.getMessage());
        Path noTab = dir.resolve("notab.tsv");
        Files.writeString(noTab, "just a line\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BoilerplateRules.load(Optional.of(noTab)))
                .getMessage().contains("expected 'reason<TAB>regex'"));
    }

    @Test
    void menuLinesBeforeTheHeadlineAndLinksAfterTheLastParagraphGoButShortSentencesStay() {
        String text = """
                World
                Politics
                Business
                Iran and Belarus sign a defence memorandum
                By Jane Smith
                The defence ministers of Iran and Belarus signed a memorandum of understanding in Tehran on Monday.
                The two sides agreed to expand military cooperation over the coming years, officials said in Tehran.
                He declined to comment.
                Most read
                Terms of use
                """;
        CleaningResult r = stage.apply(new ArticleText(text, null, null));
        assertEquals(List.of("menu", "menu", "menu", "trailing-links", "trailing-links"),
                r.removed().stream().map(Removed::reason).toList());
        assertTrue(r.cleanText(text).startsWith("Iran and Belarus sign a defence memorandum\nBy Jane Smith\n"));
        assertTrue(r.cleanText(text).endsWith("He declined to comment."));
    }

    @Test
    void articleSentencesThatContainAChromePhraseStay() {
        String text = String.join("\n",
                "ارسال تجهیزات امدادی برای مقابله با سیل در استان سیستان و بلوچستان از امروز آغاز شد.",
                "ارسال محموله های دارویی به ایتالیا نیز در دستور کار وزارت بهداشت قرار گرفته است.",
                "این خبر در حالی منتشر شده است که دولت هنوز درباره جزئیات کمک ها توضیحی نداده است.",
                "دولت بخش های ضروری را در روزهای تعطیل باز نگه می دارد تا خدمات قطع نشود.",
                "Copyright holders welcomed the ruling on Tuesday.",
                "Read more of the judgment and you will see why the court decided as it did.",
                "Source: a person familiar with the talks said.",
                "The talks will continue next week in Geneva, officials from both sides said on Monday.");
        assertEquals(List.of(), reasons(text));
    }

    @Test
    void aHeadlineAboveItsBylineAndDateStaysAndAShortBreakingItemIsKeptWhole() {
        String text = "Merkel trifft Macron in Paris\nVon Anna Müller\n12. März 2023\nParis\nDie beiden "
                + "Regierungschefs haben sich am Sonntag in Paris getroffen und über die Lage gesprochen.";
        CleaningResult r = stage.apply(new ArticleText(text, null, null));
        assertTrue(r.cleanText(text).startsWith("Merkel trifft Macron in Paris\n"), r.removed().toString());
        assertEquals(List.of(), reasons("Eilmeldung: Schweres Erdbeben in der Türkei\nMindestens 100 Menschen getötet"));
    }

    @Test
    void aHeadlineInTheArticlesOtherScriptIsNotASlogan() {
        String text = "دیدار وزیران دفاع ایران و بلاروس در تهران\n"
                + "The defence ministers of Iran and Belarus met in Tehran on Monday and signed a memorandum.\n"
                + "They agreed to expand military cooperation and to hold joint exercises next year, officials said.";
        assertEquals(List.of(), reasons(text));
    }
}
