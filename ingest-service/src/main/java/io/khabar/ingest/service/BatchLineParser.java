package io.khabar.ingest.service;

import java.io.IOException;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.config.IngestConfig;
import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.mapping.ArticleText;
import io.khabar.ingest.mapping.RawArticleEvent;

/**
 * Reads a batch line of the common shape (an object of the article's string fields, its text hashed by
 * {@link JsonTextHash}) into an event with Jackson's streaming parser, leaving the text in the line's bytes. Anything
 * else, every bad line among it, yields {@code null}: the caller then binds the line as before, which gives the same
 * event or the same error.
 */
@ApplicationScoped
class BatchLineParser {

    private static final int TEXT = 1;
    private static final int TITLE = 2;
    private static final int URL = 4;
    private static final int SOURCE = 8;
    private static final int PUBLISHED_AT = 16;
    private static final int LANGUAGE = 32;

    @Inject
    ObjectMapper json;
    @Inject
    IngestService ingest;
    @Inject
    IngestConfig config;

    /**
     * The line's event, or {@code null} if it is not of the common shape.
     *
     * @throws InvalidArticleException for a line of the common shape whose other fields are wrong (a bad URL)
     */
    RawArticleEvent parse(byte[] line) {
        try (JsonParser p = json.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonTextHash.Scanned text = null;
            int textStart = 0;
            String title = null;
            String url = null;
            String source = null;
            OffsetDateTime publishedAt = null;
            String language = null;
            int seen = 0;
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                int field = field(p.currentName());
                JsonToken value = p.nextToken();
                if (field == 0 || (seen & field) != 0 || value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                    return null; // unknown, repeated or not a string: binding names the problem
                }
                seen |= field;
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (field) {
                    case TEXT -> {
                        textStart = (int) p.currentTokenLocation().getByteOffset() + 1; // after the opening quote
                        text = textStart < 1 || line[textStart - 1] != '"' ? null
                                : JsonTextHash.scan(line, textStart, line.length);
                        if (text == null || text.chars() > config.maxTextChars()) {
                            return null;
                        }
                    }
                    case TITLE -> title = p.getText();
                    case URL -> url = p.getText();
                    case SOURCE -> source = p.getText();
                    case PUBLISHED_AT -> publishedAt = p.readValueAs(OffsetDateTime.class);
                    default -> language = p.getText();
                }
            }
            // Jackson has now skipped over the text, checking it, and anything after the object is for binding to judge
            if (token != JsonToken.END_OBJECT || text == null || p.nextToken() != null) {
                return null;
            }
            return ingest.prepare(new ArticleSubmission(null, title, url, source, publishedAt, language),
                    ArticleText.ofJsonLiteral(line, textStart, text.end()), text.contentHash(), RawArticleEvent.JSON);
        } catch (IOException e) { // not JSON, or a date that does not parse
            return null;
        }
    }

    private static int field(String name) {
        return switch (name) {
            case "text" -> TEXT;
            case "title" -> TITLE;
            case "url" -> URL;
            case "source" -> SOURCE;
            case "publishedAt" -> PUBLISHED_AT;
            case "language" -> LANGUAGE;
            default -> 0;
        };
    }
}
