package io.khabar.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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

    @Test
    void aPartIsLeftOutOnlyWhereTheGoldTokenHoldingItIsTaggedAsAPart() {
        // «Für US-Präsident Obama»: tokens start at 0, 4 and 17
        int[] starts = {0, 4, 17};
        assertTrue(EntityEvaluation.taggedPart(starts, List.of(false, true, false), 4));
        assertFalse(EntityEvaluation.taggedPart(starts, List.of(false, false, false), 4),
                "a part the gold leaves untagged counts as a wrong name");
        assertFalse(EntityEvaluation.taggedPart(starts, List.of(false, true, false), 17));
    }
}
