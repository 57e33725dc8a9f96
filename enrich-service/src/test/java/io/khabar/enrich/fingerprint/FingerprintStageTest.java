package io.khabar.enrich.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.TextLayer;

/**
 * Near-copies of the real seeds keep their fingerprint; other reports of the same meeting, in the same language or
 * another, do not share it.
 */
class FingerprintStageTest {

    private static TextLayer layer;

    @BeforeAll
    static void load() {
        layer = new TextLayer(StandaloneConfig.load());
    }

    private static Fingerprint print(String text) {
        return layer.enrich(new ArticleText(text, null, null)).fingerprint();
    }

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("..", "seeds"))) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSameReportOnAnotherSiteIsANearCopy() throws IOException {
        String text = seed("000");
        // another site's chrome around it, another credit line, and the text decomposed (NFD) as some sites send it
        String elsewhere = "صفحه اصلی | سیاست | اقتصاد | ورزش | ویدئو\nورود / ثبت نام\n\n"
                + Normalizer.normalize(text, Normalizer.Form.NFD)
                + "\n\nمنبع: خبرگزاری دیگر\nبرچسب‌ها: ایران، بلاروس، دفاع\nاشتراک‌گذاری در تلگرام | توییتر | واتس‌اپ\n"
                + "© ۱۴۰۲ همه حقوق محفوظ است";
        Fingerprint a = print(text);
        Fingerprint b = print(elsewhere);
        assertEquals(FingerprintStage.SCHEME, a.scheme());
        assertTrue(a.shingles() > 100, "shingles: " + a.shingles());
        assertTrue(a.similarity(b) >= 0.8, "similarity " + a.similarity(b));
    }

    @Test
    void anEditorsSmallChangesKeepMostOfTheSignature() throws IOException {
        String text = seed("002");
        // one word changed, and a sentence added at the end, as an update of the same report would
        String edited = text.replaceFirst("Verteidigungsminister", "Minister") + "\nDas Treffen dauerte zwei Stunden.";
        double s = print(text).similarity(print(edited));
        assertTrue(s >= 0.8, "similarity " + s);
    }

    @Test
    void otherReportsOfTheSameMeetingAreNotCopies() throws IOException {
        Fingerprint fa1 = print(seed("000"));
        Fingerprint fa2 = print(seed("001"));
        Fingerprint de = print(seed("002"));
        Fingerprint tajik = print(seed("003"));
        assertTrue(fa1.similarity(fa2) < 0.5, "000 ~ 001: " + fa1.similarity(fa2));
        assertTrue(fa1.similarity(de) < 0.1, "000 ~ 002: " + fa1.similarity(de));
        assertTrue(fa1.similarity(tajik) < 0.2, "000 ~ 003: " + fa1.similarity(tajik));
    }

    @Test
    void theSignatureIsTheSameEveryTimeAndRoundTrips() throws IOException {
        String text = seed("003");
        Fingerprint a = print(text);
        Fingerprint b = print(text);
        assertEquals(a, b);
        assertEquals(FingerprintStage.PERMUTATIONS, a.minima().length);
        assertArrayEquals(a.minima(), Fingerprint.of(a.shingles(), a.minima()).minima());
        assertEquals(1.0, a.similarity(b));
    }

    @Test
    void aTextShorterThanAShingleHasAnEmptySignature() {
        Fingerprint f = FingerprintStage.of(List.of("kurz", "text"));
        assertEquals(0, f.shingles());
        assertEquals(0, f.minima().length);
        assertEquals(0.0, f.similarity(f));
        assertEquals(null, print("   "));
    }
}
