package io.khabar.enrich.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.khabar.enrich.attribution.Credit;
import io.khabar.enrich.clean.Removed;
import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.dates.DateMention;
import io.khabar.enrich.dates.PublicationDate;
import io.khabar.enrich.text.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The text layer on the four real seed articles (read from the project's {@code seeds/}). */
class SeedTextLayerTest {

    private static TextLayer layer;

    @BeforeAll
    static void load() {
        layer = new TextLayer(StandaloneConfig.load());
    }

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("..", "seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p, StandardCharsets.UTF_8);
        }
    }

    private static Enrichment enrich(String text) {
        Enrichment e = layer.enrich(new ArticleText(text, null, null));
        e.stages().forEach(s -> assertEquals(StageReport.OK, s.status(), s.toString()));
        return e;
    }

    private static Map<String, String> removed(Enrichment e) {
        return e.cleaning().removed().stream().collect(Collectors.toMap(Removed::text, Removed::reason, (a, b) -> a));
    }

    /** Every line that is not in {@code chrome} is kept as a paragraph, and only those. */
    private static void keepsEveryOtherLine(String text, Enrichment e, int chromeLines) {
        List<Line> lines = Line.of(text);
        assertEquals(lines.size() - chromeLines, e.cleaning().paragraphs().size());
        e.cleaning().paragraphs().forEach(p -> assertTrue(lines.stream()
                .anyMatch(l -> l.start() == p.start() && l.end() == p.end())));
        e.cleaning().removed().forEach(r -> assertEquals(text.substring(r.start(), r.end()), r.text()));
    }

    private static List<String> credits(String text, Enrichment e, String role) {
        return e.attribution().credits().stream().filter(c -> c.role().equals(role))
                .peek(c -> assertEquals(text.substring(c.start(), c.end()), c.name()))
                .map(Credit::name).toList();
    }

    @Test
    void seed003LosesItsSiteChromeAndCommentFormAndKeepsEveryParagraph() throws IOException {
        String text = seed("003");
        Enrichment e = enrich(text);
        Map<String, String> removed = removed(e);
        assertEquals("slogan", removed.get("Get News Fast"));
        assertEquals("share", removed.get("ارسال از وردپرس به شبکه های اجتماعی ایرانی"));
        assertEquals("comment-form", removed.get("دیدگاهتان را بنویسید"));
        assertEquals("comment-form", removed.get("نشانی ایمیل شما منتشر نخواهد شد. بخشهای موردنیاز علامتگذاری شدهاند *"));
        assertEquals("captcha", removed.get("2 × 1 ="));
        assertEquals("navigation", removed.get("دکمه بازگشت به بالا"));
        assertEquals("source-line", removed.get("منبع : خبرگزاری ایلنا"));
        assertTrue(removed.keySet().stream().anyMatch(k -> k.startsWith("این خبر در هاب خبری وبانگاه بازنشر شده است")));
        keepsEveryOtherLine(text, e, 9); // the share line is there twice
        assertTrue(e.cleanText().startsWith("همکاریهای نظامی و دفاعی ایران و تاجیکستان علیه کشور ثالثی نیست\n"));
        assertTrue(e.cleanText().endsWith("بین تاجیکستان و ایران بررسی شد."));
        assertEquals("همکاریهای نظامی و دفاعی ایران و تاجیکستان علیه کشور ثالثی نیست",
                text.substring(e.attribution().headline().start(), e.attribution().headline().end()));
        assertTrue(text.substring(e.attribution().lead().start(), e.attribution().lead().end())
                .startsWith("وزرای دفاع جمهوری اسلامی ایران و تاجیکستان در دیداری"));
        assertEquals(List.of("ایلنا", "خبرگزاری ایلنا"), credits(text, e, Credit.OUTLET));
        assertEquals("fa", e.languages().document().code());
        assertTrue(e.languages().document().reliable());
    }

    @Test
    void seed000LosesItsEmptyBylineAndNamesNoOutlet() throws IOException {
        String text = seed("000");
        Enrichment e = enrich(text);
        assertEquals(Map.of("• نویسنده :", "empty-field", "• منبع :", "empty-field"), removed(e));
        keepsEveryOtherLine(text, e, 2);
        assertTrue(e.attribution().credits().isEmpty(), e.attribution().credits().toString());
        assertNull(e.attribution().headline(), "the first line is a full sentence, not a headline");
        assertEquals("fa", e.languages().document().code());
        String normalised = e.normalised().text();
        assertTrue(normalised.contains("می\u200Cکند"), "ZWNJ repaired: میکند → می‌کند");
        assertTrue(normalised.contains("همکاری\u200Cهای"), "ZWNJ repaired: همکاریهای → همکاری‌های");
        assertTrue(normalised.contains("بین\u200Cالمللی"));
        assertTrue(text.contains("میکند") && !text.contains("می\u200Cکند"), "the original is untouched");
    }

    @Test
    void seed001IsCreditedToIrnaAndItsDigitsAreNormalised() throws IOException {
        String text = seed("001");
        Enrichment e = enrich(text);
        assertTrue(e.cleaning().removed().isEmpty(), e.cleaning().removed().toString());
        keepsEveryOtherLine(text, e, 0);
        assertEquals(List.of("ایرنا"), credits(text, e, Credit.OUTLET));
        assertEquals(List.of("خبرنگار دفاعی"), credits(text, e, Credit.REPORTER));
        assertTrue(text.contains("۴۳ سال"));
        assertTrue(e.normalised().text().contains("43 سال"), "Persian digits are ASCII in the normalised form");
        assertTrue(e.normalised().text().contains("جنگ تحمیلی 8 ساله"));
        assertEquals("fa", e.languages().document().code());
    }

    @Test
    void seed002IsCreditedToParsTodayAndPressTvFromTehran() throws IOException {
        String text = seed("002");
        Enrichment e = enrich(text);
        assertTrue(e.cleaning().removed().isEmpty());
        keepsEveryOtherLine(text, e, 0);
        assertEquals(List.of("ParsToday", "PressTV"), credits(text, e, Credit.OUTLET));
        assertEquals(List.of("Teheran"), credits(text, e, Credit.DATELINE));
        assertEquals("Iran und Belarus unterzeichnen Einverständnisnote zur Stärkung der Verteidigungskooperation",
                text.substring(e.attribution().headline().start(), e.attribution().headline().end()));
        assertEquals("de", e.languages().document().code());
        assertTrue(e.normalised().text().contains("einverstandnisnote zur starkung"), "case and umlauts folded");
        assertEquals(10, e.keywords().size());
    }

    @Test
    void withoutAPublicationDateNoDateIsInvented() throws IOException {
        for (String prefix : List.of("000", "001", "002", "003")) {
            Enrichment e = enrich(seed(prefix));
            assertEquals(PublicationDate.INGESTION, e.dates().publication().provenance(), prefix);
            assertFalse(e.dates().publication().known());
            for (DateMention d : e.dates().mentions()) {
                assertNull(d.value(), prefix + ": " + d + " has no year and no reference date to take one from");
            }
        }
        List<String> found = enrich(seed("000")).dates().mentions().stream().map(DateMention::surface).toList();
        assertEquals(List.of("19 دی", "روز دوشنبه", "سال گذشته"), found);
        List<String> german = enrich(seed("002")).dates().mentions().stream().map(DateMention::surface).toList();
        assertEquals(List.of("Montag", "März"), german, "«30 Jahre» is a duration, not a date");
    }

    @Test
    void aSuppliedPublicationDateResolvesTheRelativeOnes() throws IOException {
        String text = seed("000");
        Enrichment e = layer.enrich(new ArticleText(text, null, null, java.time.Instant.parse("2023-01-10T08:00:00Z"),
                "json", java.time.Instant.parse("2023-01-10T09:00:00Z")));
        assertEquals(PublicationDate.SUPPLIED, e.dates().publication().provenance());
        Map<String, String> values = e.dates().mentions().stream()
                .collect(Collectors.toMap(DateMention::surface, DateMention::value));
        assertEquals("2023-01-09", values.get("19 دی"), "19 Dey 1401");
        assertEquals("2023-01-09", values.get("روز دوشنبه"), "the Monday before 10 January 2023");
        assertEquals("2021", values.get("سال گذشته"), "the Jalali year 1400, which mostly lies in 2021");
    }

    @Test
    void aFullDateInTheLeadBecomesThePublicationDateFromTheText() {
        String text = "Iran und Belarus unterzeichnen Abkommen\nTeheran, 9. Januar 2023 - Die Verteidigungsminister "
                + "von Iran und Belarus haben am Montag ein Abkommen unterzeichnet, teilte das Ministerium mit.";
        Enrichment e = layer.enrich(new ArticleText(text, null, null, null, "text",
                java.time.Instant.parse("2023-01-12T09:00:00Z")));
        assertEquals(PublicationDate.TEXT, e.dates().publication().provenance());
        assertEquals("2023-01-09", e.dates().publication().value());
        DateMention monday = e.dates().mentions().stream().filter(d -> d.surface().equals("Montag")).findFirst()
                .orElseThrow();
        assertEquals("2023-01-09", monday.value(), "resolved against the date the report gives for itself");
    }

    @Test
    void aDateTheReportIsAboutIsNotItsPublicationDate() {
        java.time.Instant received = java.time.Instant.parse("2023-11-09T09:00:00Z");
        Enrichment wall = layer.enrich(new ArticleText("Berlin (dpa) - Am 9. November 1989 fiel die Mauer, und heute "
                + "erinnern Tausende daran, wie schon gestern bei einer Feier am Brandenburger Tor.", null, null, null,
                "json", received));
        assertEquals(PublicationDate.INGESTION, wall.dates().publication().provenance());
        wall.dates().mentions().stream().filter(d -> d.kind().equals("relative"))
                .forEach(d -> assertNull(d.value(), d.toString()));
        Enrichment range = layer.enrich(new ArticleText("وزیران از ۲۷ تا ۳۰ بهمن ۱۳۹۴ در تهران دیدار کردند و درباره "
                + "همکاری‌های دفاعی دو کشور گفت‌وگو کردند.", null, null, null, "json", received));
        range.stages().forEach(st -> assertEquals(StageReport.OK, st.status(), st.toString()));
        assertEquals(PublicationDate.INGESTION, range.dates().publication().provenance());
    }

    @Test
    void aLabelledDateOrADateAloneAboveTheReportIsItsPublicationDate() {
        java.time.Instant received = java.time.Instant.parse("2023-03-14T09:00:00Z");
        Enrichment labelled = layer.enrich(new ArticleText("تاریخ انتشار: ۲۱ اسفند ۱۴۰۱\nوزرای دفاع ایران و بلاروس "
                + "روز دوشنبه در تهران تفاهمنامه همکاری دفاعی امضا کردند.", null, null, null, "text", received));
        assertEquals(PublicationDate.TEXT, labelled.dates().publication().provenance());
        assertEquals("2023-03-12", labelled.dates().publication().value());
        Enrichment alone = layer.enrich(new ArticleText("Merkel trifft Macron in Paris\n12. März 2023\nDie beiden "
                + "Regierungschefs haben sich am Sonntag in Paris getroffen und über die Lage in der Ukraine "
                + "gesprochen.", null, null, null, "text", received));
        assertEquals("2023-03-12", alone.dates().publication().value());
        assertEquals("2023-03-12", alone.dates().mentions().stream().filter(d -> d.surface().equals("Sonntag"))
                .findFirst().orElseThrow().value());
    }

    @Test
    void aPersianParagraphInAnEnglishArticleIsAnalysedAsPersian() {
        String fa = "وزیر دفاع ایران در دیدار با همتای بلاروسی خود گفت همکاریهای دفاعی دو کشور گسترش می یابد و "
                + "تحریمهای غرب مانع این همکاریها نخواهد شد.";
        String en = "The defence ministers of Iran and Belarus met in Tehran on Monday and signed a memorandum on "
                + "military cooperation, officials said.";
        String text = en + "\n" + fa + "\n" + en.replace("Monday", "Tuesday");
        Enrichment e = enrich(text);
        int at = text.indexOf(fa);
        List<String> persianTerms = e.units().tokens().stream().filter(t -> t.start() >= at && t.end() <= at + fa.length())
                .map(io.khabar.enrich.text.Token::term).toList();
        assertFalse(persianTerms.contains("در"), "Persian stop words dropped by the Persian analyser: " + persianTerms);
        assertTrue(e.normalised().text().contains("همکاری\u200Cهای"), "ZWNJ repaired in the Persian paragraph");
        assertTrue(e.normalised().rules().contains("mi-prefix"));
    }

    @Test
    void eachResultNamesItsStageAndPointsIntoTheText() throws IOException {
        String text = seed("003");
        Enrichment e = enrich(text);
        e.keywords().forEach(k -> {
            assertEquals("keywords", k.stage());
            k.occurrences().forEach(o -> assertNotNull(text.substring(o[0], o[1])));
        });
        e.languages().paragraphs().forEach(p -> assertEquals("language", p.stage()));
        assertTrue(e.units().sentences().size() > e.cleaning().paragraphs().size(), "some paragraphs have two sentences");
        e.units().sentences().forEach(s -> assertFalse(e.cleaning().isRemoved(s.start(), s.end())));
    }
}
