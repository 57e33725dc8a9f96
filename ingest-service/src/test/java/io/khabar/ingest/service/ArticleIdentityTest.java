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

    @Test
    void theHashIsSha256OfTheUtf8OfTheNormalisedTextWhateverItsLength() {
        java.util.Random random = new java.util.Random(7);
        for (int length : new int[] {0, 1, 100, 8_000, 20_000, 300_000}) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(5);
                b.append(kind == 0 ? ' ' : kind == 1 ? (char) ('a' + random.nextInt(26))
                        : kind == 2 ? (char) (0x0600 + random.nextInt(0x100)) : kind == 3 ? '\n'
                        : (char) random.nextInt(0xD000));
            }
            if (length > 10) {
                b.appendCodePoint(0x1F600); // a surrogate pair
            }
            if (length == 100) {
                b.append('\uD83D').append(" lone high surrogate, then text"); // replaced as String.getBytes does
            }
            String text = b.toString();
            assertEquals(ArticleIdentity.sha256(ArticleIdentity.normalisedText(text)),
                    ArticleIdentity.contentHash(text), "length " + length);
        }
    }
}
