package io.khabar.enrich.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation reads PEYMA's layout and counts exact and overlapping spans; checked on a hand-made file. */
class DateEvaluationTest {

    @Test
    void scoresExactAndOverlappingSpans(@TempDir Path dir) throws IOException {
        Path bio = dir.resolve("mini.txt");
        String text = String.join("\n",
            // exact: "19 دی 1401"
            "در|O", "19|B_DAT", "دی|I_DAT", "1401|I_DAT", "آمد|O", "",
            // overlap only: gold "سال 93 و 94", found "سال 93"
            "سال|B_DAT", "93|I_DAT", "و|I_DAT", "94|I_DAT", "",
            // missed: a bare number tagged as a date
            "انتخابات|O", "در|O", "88|B_DAT", "",
            // a time of day is PEYMA's TIM, neither hit nor false alarm
            "امشب|B_TIM", "می آید|O", "",
            // false alarm
            "دیروز|O", "باران|O", "آمد|O", "");
        Files.writeString(bio, text, StandardCharsets.UTF_8);

        DateEvaluation.Result r = DateEvaluation.evaluate(bio);

        assertEquals(3, r.gold());
        assertEquals(3, r.predicted());
        assertEquals(1, r.exactMatches());
        assertEquals(2, r.overlapFound());
        assertEquals(2, r.overlapCovered());
        assertEquals(1 / 3.0, r.exactPrecision(), 1e-9);
        assertEquals(2 / 3.0, r.overlapRecall(), 1e-9);
    }
}
