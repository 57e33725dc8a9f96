package io.khabar.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.entities.Mention;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.Enrichment;
import io.khabar.enrich.pipeline.TextLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuotationStageTest {

    private static final String ASHTIANI = "khabar:person:mohammad-reza-ashtiani";
    private static final String KHRENIN = "khabar:person:viktor-khrenin";
    private static TextLayer layer;

    @BeforeAll
    static void load() {
        layer = new TextLayer(StandaloneConfig.load());
    }

    private static Enrichment enrich(String text) {
        return layer.enrich(new ArticleText(text, null, null));
    }

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("..", "seeds"))) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(), StandardCharsets.UTF_8);
        }
    }

    /** "cue → speaker: first words of the quote". */
    private static List<String> said(String text, Enrichment e) {
        return e.quotations().stream().map(q -> text.substring(q.cueStart(), q.cueEnd()) + " → " + q.speakerId()
                + ": " + text.substring(q.start(), Math.min(q.end(), q.start() + 12))).toList();
    }

    @Test
    void persianColonSpeechIsDirectAndARoleOrPronounFindsItsSpeaker() throws IOException {
        String text = seed("000");
        Enrichment e = enrich(text);
        List<String> said = said(text, e);
        assertEquals(7, said.size(), said.toString());
        // «وزیر دفاع با بیان اینکه … افزود:» — the role, not Lukashenko who was named last
        assertTrue(said.get(1).startsWith("افزود → " + ASHTIANI), said.toString());
        // «وزیر دفاع جمهوری بلاروس ادامه داد:» — the role and the country
        assertTrue(said.get(6).startsWith("ادامه داد → " + KHRENIN), said.toString());
        e.quotations().forEach(q -> assertEquals("direct", q.kind()));
        String bagheri = seed("001");
        assertTrue(said(bagheri, enrich(bagheri)).stream().limit(5)
                .allMatch(s -> s.contains("khabar:person:mohammad-bagheri")), said(bagheri, enrich(bagheri)).toString());
    }

    @Test
    void germanQuotationMarksAndReportedSpeech() throws IOException {
        String text = seed("002");
        Enrichment e = enrich(text);
        Quotation direct = e.quotations().stream().filter(q -> q.kind().equals("direct")).findFirst().orElseThrow();
        assertTrue(text.substring(direct.start(), direct.end()).startsWith("Die Nutzung der Fähigkeiten"));
        assertEquals(ASHTIANI, direct.speakerId());
        assertTrue(e.quotations().stream().anyMatch(q -> q.kind().equals("reported") && KHRENIN.equals(q.speakerId())),
                said(text, e).toString());
    }

    @Test
    void speakerAfterAClosingQuoteAndRussianAndArabicCues() {
        String en = "\"Our cooperation is not directed against any third country,\" said Viktor Khrenin in Tehran.";
        assertEquals(KHRENIN, enrich(en).quotations().get(0).speakerId());
        String ru = "Министр обороны Белоруссии Виктор Хренин заявил, что сотрудничество не направлено против третьих стран.";
        Quotation q = enrich(ru).quotations().get(0);
        assertEquals("reported", q.kind());
        assertEquals(KHRENIN, q.speakerId());
        String ar = "وقال محمد رضا آشتياني: إن التعاون بين البلدين ليس موجها ضد أي دولة ثالثة.";
        assertEquals(ASHTIANI, enrich(ar).quotations().get(0).speakerId());
        String shouted = "Viktor Khrenin SAID THAT the cooperation would go on next year.";
        assertEquals(List.of("reported"), enrich(shouted).quotations().stream().map(Quotation::kind).toList(),
                "the complementiser in capitals still makes reported speech");
        assertTrue(enrich("Viktor Khrenin said the cooperation would go on, and nothing more.").quotations().isEmpty(),
                "no colon, quotation mark or complementiser: no quotation");
    }

    @Test
    void aPersonFollowedByAPositionHasThatRole() {
        Enrichment e = enrich("Viktor Khrenin, the defence minister of Belarus, met his counterpart in Tehran on Monday.");
        Mention khrenin = e.entities().mentions().stream().filter(m -> KHRENIN.equals(m.entityId())).findFirst()
                .orElseThrow();
        assertEquals("defence minister", khrenin.role().position());
        assertEquals("BY", khrenin.role().country());
    }
}
