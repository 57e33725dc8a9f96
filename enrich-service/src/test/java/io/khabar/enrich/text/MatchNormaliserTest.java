package io.khabar.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchNormaliserTest {

    @Test
    void arabicLettersBecomePersianAndTatweelAndHarakatGo() {
        assertEquals("یک کشور", MatchNormaliser.normalise("يك كشور", "fa"));
        assertEquals("محمد", MatchNormaliser.normalise("مُحَمَّـد", "fa"));
    }

    @Test
    void everyScriptsDigitsBecomeAscii() {
        assertEquals("1402/05/09 و 43", MatchNormaliser.normalise("۱۴۰۲/۰۵/۰۹ و ٤٣", "fa"));
        assertEquals("sechs 2023", MatchNormaliser.normalise("sechs २०२३", "de"));
    }

    @Test
    void decomposedTextIsComposedFirst() {
        assertEquals(MatchNormaliser.normalise("K\u00F6ln", "de"), MatchNormaliser.normalise("Ko\u0308ln", "de"));
    }

    @Test
    void germanFoldsCaseSharpSAndUmlauts() {
        assertEquals("mullers strasse", MatchNormaliser.normalise("MÜLLERS Straße", "de"));
        assertEquals("mullers strasse", MatchNormaliser.normalise("Müllers STRASSE", "de"));
    }

    @Test
    void otherLanguagesFoldCaseOnly() {
        assertEquals("müller", MatchNormaliser.normalise("Müller", "en"));
        assertEquals("москва", MatchNormaliser.normalise("МОСКВА", "ru"));
    }

    @Test
    void sameLengthKeepsOffsets() {
        String original = "۱۹ دي: كشور";
        String s = MatchNormaliser.sameLength(original);
        assertEquals(original.length(), s.length());
        assertEquals("19 دی: کشور", s);
    }
}
