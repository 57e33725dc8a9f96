package io.khabar.enrich.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.khabar.enrich.config.StandaloneConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Odd text never breaks the text layer: random code points of every plane, lone surrogates, bidi controls,
 * combining marks, a 300,000-character line, only punctuation, only digits. Every stage ends ok or skipped, and every
 * offset it reports lies inside the text.
 */
class MalformedTextTest {

    private static TextLayer layer;

    @BeforeAll
    static void load() {
        layer = new TextLayer(StandaloneConfig.load());
    }

    @Test
    void randomAndPathologicalTextsAreEnrichedWithoutAFailedStage() {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(List.of("", " ", "\n\n\n", "۱۴۰۲/۰۵/۰۹", "!!!???...", "\u200C\u200F\u202E",
                "a".repeat(300_000), "می".repeat(5_000), "به گزارش ،", "(dpa)", "19 دی:", "منبع :",
                "\uD800 lone \uDC00 surrogates", "x\u0301\u0301\u0301\u0301".repeat(1000)));
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(3000);
            for (int j = 0; j < length; j++) {
                int kind = random.nextInt(10);
                if (kind < 3) {
                    b.append((char) (0x0600 + random.nextInt(0x100)));
                } else if (kind < 5) {
                    b.append((char) ('a' + random.nextInt(26)));
                } else if (kind < 6) {
                    b.append(random.nextBoolean() ? '\n' : ' ');
                } else if (kind < 7) {
                    b.appendCodePoint(random.nextInt(0x110000));
                } else {
                    b.append((char) random.nextInt(0x3000));
                }
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            Enrichment e = layer.enrich(new ArticleText(text, null, null));
            e.stages().forEach(s -> assertTrue(!StageReport.FAILED.equals(s.status()),
                    s + " on a text of " + text.length() + " characters"));
            assertEquals(12, e.stages().size()); // every stage reports, none failed
            if (e.cleaning() != null) {
                e.cleaning().paragraphs().forEach(p -> assertTrue(p.end() <= text.length()));
            }
            if (e.keywords() != null) {
                e.keywords().forEach(k -> k.occurrences().forEach(o -> assertTrue(o[1] <= text.length())));
            }
            if (e.dates() != null) {
                e.dates().mentions().forEach(d -> assertEquals(text.substring(d.start(), d.end()), d.surface()));
            }
        }
    }
}
