package io.khabar.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.mapping.RawArticleEvent;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Which batch lines are read without decoding their text, and that what is read is what binding gives. */
@QuarkusTest
class BatchLineParserTest {

    @Inject
    BatchLineParser parser;
    @Inject
    IngestService ingest;
    @Inject
    ObjectMapper json;

    private RawArticleEvent parse(String line) {
        return parser.parse(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineOfTheCommonShapeGivesTheEventBindingGives() throws Exception {
        String line = "{\"title\":\"عنوان\",\"text\":\"سه\u200Cشنبه \\\"تقریباً\\\"\\n دفاعی\","
                + "\"source\":\"IRNA\",\"url\":null,\"language\":\"FA\",\"publishedAt\":\"2024-01-08T10:00:00+03:30\"}";
        RawArticleEvent fast = parse(line);
        assertNotNull(fast);
        RawArticleEvent bound = ingest.prepare(json.readValue(line, ArticleSubmission.class), RawArticleEvent.JSON,
                null, null);
        assertEquals(bound.text().toString(), fast.text().toString());
        assertEquals("سه\u200Cشنبه \"تقریباً\"\n دفاعی", fast.text().toString());
        assertEquals(bound.contentHash(), fast.contentHash());
        assertEquals(bound.id(), fast.id());
        assertEquals(bound.title(), fast.title());
        assertEquals(bound.source(), fast.source());
        assertEquals("fa", fast.language());
        assertEquals(bound.publishedAt(), fast.publishedAt());
        assertNotNull(parse("\uFEFF" + line), "a byte order mark");
    }

    @Test
    void anyOtherLineIsLeftToBinding() {
        assertNull(parse("{\"text\":\"Ko\u0308ln\"}"), "a text NFC changes");
        assertNull(parse("{\"text\":\"a\",\"extra\":1}"), "an unknown field");
        assertNull(parse("{\"text\":5}"), "a text that is not a string");
        assertNull(parse("{\"text\":\"a\",\"title\":[]}"), "a title that is not a string");
        assertNull(parse("{\"text\":\"a\",\"text\":\"b\"}"), "a field twice");
        assertNull(parse("{\"title\":\"no text\"}"), "no text");
        assertNull(parse("{\"text\":null}"), "a null text");
        assertNull(parse("{\"text\":\"a\"} trailing"), "something after the object");
        assertNull(parse("{\"text\":\"a\",\"publishedAt\":\"yesterday\"}"), "a date that does not parse");
        assertNull(parse("{\"text\":\"a\""), "an unclosed object");
        assertNull(parse("[{\"text\":\"a\"}]"), "not an object");
        assertNull(parse("{\"text\":\"a\u0001b\"}"), "a raw control character");
    }

    @Test
    void aBadFieldBesideAReadableTextIsRejectedByName() {
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> parse("{\"text\":\"a\",\"url\":\"ftp://example.org/x\"}"));
        assertEquals("url", e.field());
    }
}
