package io.khabar.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityEvaluationTest {

    private static boolean part(String text, String name) {
        int start = text.indexOf(name);
        return EntityEvaluation.compoundPart(text, start, start + name.length());
    }

    @Test
    void aNameJoinedByAHyphenToAWordIsACompoundsPart() {
        assertTrue(part("Für US-Präsident Barack Obama", "US"));
        assertTrue(part("der Anti-Merkel-Kurs", "Merkel"));
        assertTrue(part("die Ex-Siemens", "Siemens"));
        assertTrue(part("die G7-Staaten", "G7"));
    }

    @Test
    void aNameStandingAloneOrBeforeAHyphenAndASpaceIsNoPart() {
        assertFalse(part("Barack Obama sagte", "Barack Obama"));
        assertFalse(part("US", "US"));
        assertFalse(part("Berlin - Die Übernahme", "Berlin"));
        assertFalse(part("Hamburg-", "Hamburg"));
        assertFalse(part("-Hamburg", "Hamburg"));
        assertFalse(part("Karl-Heinz Rummenigge", "Karl-Heinz Rummenigge"));
    }
}
