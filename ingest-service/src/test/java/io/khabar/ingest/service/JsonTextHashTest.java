package io.khabar.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class JsonTextHashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes every non-ASCII character as a {@code \\u} escape. */
    private static final ObjectMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** Scans {@code text} as Jackson writes it in a JSON string, with the literal's first byte at 1 as in a line. */
    private static JsonTextHash.Scanned scan(String text) throws JsonProcessingException {
        return scan(JSON.writeValueAsBytes(text));
    }

    private static JsonTextHash.Scanned scan(byte[] quoted) {
        byte[] line = new byte[quoted.length + 1];
        line[0] = '{';
        System.arraycopy(quoted, 0, line, 1, quoted.length);
        return JsonTextHash.scan(line, 2, line.length);
    }

    private static void assertSameAsTheStringPath(String text) throws JsonProcessingException {
        JsonTextHash.Scanned s = scan(text);
        assertNotNull(s, text);
        assertEquals(ArticleIdentity.contentHash(text), s.contentHash(), text);
        assertEquals(text.length(), s.chars());
        assertEquals(JSON.writeValueAsBytes(text).length, s.end(), "the closing quote's index in the line");
    }

    @Test
    void persianAndGermanTextsGetTheStringPathsHashAndLength() throws Exception {
        assertSameAsTheStringPath("تهران- ایرنا- امیر سرتیپ محمدرضا آشتیانی\nوزیر دفاع، روز سه‌شنبه «همکاری‌های» دفاعی را"
                + " تقریباً\t\u00A0 ادامه داد. \"نقل\" \\ / \u2028 پایان  ");
        assertSameAsTheStringPath("  Der Verteidigungsminister von Belarus, Viktor Chrenin, sagte: „Wir\u2009arbeiten“ –"
                + " Straße, Köln, café\r\n\f\b ");
    }

    /** {@code text} as a JSON literal with every character a {@code \\u} escape. */
    private static byte[] allEscaped(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyCharacterOfTheBmpBetweenLettersAndMarksIsScannedAsTheStringPathHashesItOrLeftToIt() throws Exception {
        assertTrue(JsonTextHash.icuKnowsWhatTheJdkKnows(), "ICU4J is older than this JDK's Unicode: the scan is off");
        int scanned = 0;
        for (int cp = 0; cp < 0x10000; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            for (String around : new String[] {"a", "\u0627", "\u064B", "\u1100"}) {
                String text = "x" + around + (char) cp + around;
                for (JsonTextHash.Scanned s : new JsonTextHash.Scanned[] {scan(text), scan(allEscaped(text))}) {
                    if (s != null) {
                        scanned++;
                        assertEquals(ArticleIdentity.contentHash(text), s.contentHash(), String.format("U+%04X", cp));
                        assertEquals(text.length(), s.chars(), String.format("U+%04X", cp));
                    }
                }
            }
        }
        assertTrue(scanned > 400_000, "scanned " + scanned);
    }

    @Test
    void escapedCharactersAreReadAsPythonsJsonDumpsWritesThem() {
        String text = "\u0633\u0647\u200C\u0634\u0646\u0628\u0647 A\u00A0b";
        JsonTextHash.Scanned s = scan(("\"\\u0633\\u0647\\u200c\\u0634\\u0646\\u0628\\u0647 \\u0041\\u00A0b\"")
                .getBytes(StandardCharsets.UTF_8));
        assertNotNull(s);
        assertEquals(ArticleIdentity.contentHash(text), s.contentHash());
        assertEquals(text.length(), s.chars());
    }

    @Test
    void theScanEndsAtTheClosingQuoteOfItsLiteral() {
        byte[] line = "{\"text\":\"a \\\"b\\\" c\",\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8);
        JsonTextHash.Scanned s = JsonTextHash.scan(line, 9, line.length);
        assertNotNull(s);
        assertEquals(line.length - 1 - ",\"title\":\"t\"}".length(), s.end());
        assertEquals('"', line[s.end()]);
        assertEquals(7, s.chars());
    }

    @Test
    void whatNfcCouldChangeOrTheScanCannotReadGoesToTheStringPath() throws Exception {
        assertNull(scan("\u0627\u062F\u0627\u0645\u0647\u0654"), "heh and hamza above, which NFC composes");
        assertNull(scan("Ko\u0308ln"), "a combining mark NFC composes");
        assertNull(scan("\u0628\u0651\u064E"), "two marks in a row (shadda, fatha: NFC reorders them)");
        assertNull(scan("\u0627\u0653"), "alef and madda, which NFC composes");
        assertNull(scan("laugh \uD83D\uDE00"), "outside the BMP");
        assertNull(scan(" \n\u00A0\t "), "only white space");
        assertNull(scan("x".getBytes(StandardCharsets.UTF_8)), "no closing quote");
        assertNull(scan("\"a\\uD83D\\uDE00\"".getBytes(StandardCharsets.UTF_8)), "an escaped surrogate pair");
        assertNull(scan("\"a\\u00G1\"".getBytes(StandardCharsets.UTF_8)), "a \\u escape that is not hexadecimal");
        assertNull(scan("\"a\\u004\"".getBytes(StandardCharsets.UTF_8)), "a \\u escape cut short");
        assertNull(scan("\"a\\x\"".getBytes(StandardCharsets.UTF_8)), "an escape JSON does not have");
        assertNull(scan("\"a\nb\"".getBytes(StandardCharsets.UTF_8)), "a raw control character");
        assertNull(scan(new byte[] {'"', 'a', (byte) 0xD8, '"'}), "a lead byte without its continuation");
        assertNull(scan(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'}), "an overlong encoding");
        assertNull(scan(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}), "an encoded surrogate");
        assertNull(scan(new byte[] {'"', (byte) 0xFF, '"'}), "not UTF-8");
    }

    @Test
    void onRandomTextsEveryScanAgreesWithTheStringPathAndMostAreScanned() throws Exception {
        Random random = new Random(11);
        // the first 35 are what the common case has (a single tanwin among them), the rest take the String path
        char[] alphabet = ("abc XYZ\n\t\r\"\\/\u00A0\u2003\u200B\u200C\u3000\u0085ßäöü€–„“"
                + "\u0627\u0628\u062A\u0633\u06CC\u06A9\u0647\u064B"
                + "\u0654\u0651\u064E\u0653\u0301\u0308Привет漢字\u1100\u1161\uAC00\u2000\u2001\u0000\u001F\u2028")
                .toCharArray();
        int scanned = 0;
        int texts = 5000;
        for (int t = 0; t < texts; t++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(60);
            // most texts as a newsroom sends them, some with the rarer characters that take the String path
            int kinds = t % 4 == 0 ? alphabet.length : 35;
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(kinds)]);
            }
            if (t % 10 == 0) {
                b.appendCodePoint(0x1F600);
            }
            String text = b.toString();
            JsonTextHash.Scanned s = t % 5 == 0 ? scan(allEscaped(text))
                    : t % 3 == 0 ? scan(ASCII.writeValueAsBytes(text)) : scan(text);
            if (s != null) {
                scanned++;
                assertEquals(ArticleIdentity.contentHash(text), s.contentHash(), text);
                assertEquals(text.length(), s.chars(), text);
            } else {
                assertTrue(t % 4 == 0 || t % 10 == 0 || ArticleIdentity.normalisedText(text).isEmpty()
                        || text.contains("\u064B\u064B"), "the common case was not scanned: " + text);
            }
        }
        assertTrue(scanned > texts / 2, "scanned " + scanned + " of " + texts);
    }
}
