package io.khabar.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @Test
    void whiteSpaceOfEveryKindFoldsToOneSpaceAndEndsAreTrimmed() {
        assertEquals("a b c d e", ArticleIdentity.normalisedText(" \t a\r\n\u00A0b\u2003\u2009c\u3000\u200Bd\u2028e \u0085"));
    }

    @Test
    void composedAndDecomposedTextGetTheSameHash() {
        assertEquals(ArticleIdentity.contentHash("Stra\u00DFe in K\u00F6ln"),
                ArticleIdentity.contentHash("Stra\u00DFe  in\nKo\u0308ln"));
    }

    @Test
    void zeroWidthNonJoinerIsALetterJoinerNotSpace() {
        assertEquals("\u0645\u06CC\u200C\u06A9\u0646\u062F", ArticleIdentity.normalisedText("\u0645\u06CC\u200C\u06A9\u0646\u062F"));
        assertNotEquals(ArticleIdentity.contentHash("\u0645\u06CC\u200C\u06A9\u0646\u062F"),
                ArticleIdentity.contentHash("\u0645\u06CC \u06A9\u0646\u062F"));
    }
}
