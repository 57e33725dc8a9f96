package io.khabar.query.mapping;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.query.config.QueryConfig;

/** Reads and checks one {@code articles.enriched} value; anything unreadable is an {@link InvalidEventException}. */
@ApplicationScoped
public class EnrichedArticleReader {

    /** Fields of the event kept in their own columns of {@code article}, not in its stored payload. */
    public static final List<String> STORED_IN_COLUMNS = List.of("text", "cleanText");

    @Inject
    ObjectMapper json;
    @Inject
    QueryConfig config;

    /**
     * A readable record: the article, and the payload to keep as JSONB, which is the whole event but for
     * {@link #STORED_IN_COLUMNS}: those are kept once, in the columns of those names. They were half the bytes
     * PostgreSQL parsed and compressed a second time, a fifth of the cost of writing an article row.
     */
    public record Read(EnrichedArticle article, String storedPayload) {
    }

    /** Reads {@code value}, and makes the payload to store. */
    public Read readForStorage(String value) {
        // checked before parsing: a record this large would cost the parse, then a JSONB value of its size
        if (value != null && value.length() > config.maxRecordChars()) {
            throw new InvalidEventException("value is " + value.length() + " characters, over the limit of "
                    + config.maxRecordChars() + " (khabar.query.max-record-chars)", null);
        }
        // two streaming passes, the payload copied token by token, then the article bound from the text: a tree
        // read, bound and written back had been two fifths of the storing threads' time (a profile of bench-query)
        String[] version = new String[1];
        String stored = storedPayload(value == null ? "" : value, version);
        if (version[0] == null || !version[0].matches("-?\\d{1,9}")
                || Integer.parseInt(version[0]) < EnrichedArticle.OLDEST_SCHEMA_VERSION
                || Integer.parseInt(version[0]) > EnrichedArticle.NEWEST_SCHEMA_VERSION) {
            throw new InvalidEventException("unsupported schemaVersion " + version[0] + "; this service reads "
                    + EnrichedArticle.OLDEST_SCHEMA_VERSION + " to " + EnrichedArticle.NEWEST_SCHEMA_VERSION, null);
        }
        EnrichedArticle article;
        try {
            article = json.readValue(value, EnrichedArticle.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("value does not match the articles.enriched schema: "
                    + e.getOriginalMessage(), e);
        }
        return new Read(check(article), stored);
    }

    /**
     * The record without {@link #STORED_IN_COLUMNS} (top-level fields only), checked to be one JSON object; its
     * top-level {@code schemaVersion} as written (a number, or a string in quotes) goes into {@code version}.
     */
    private String storedPayload(String value, String[] version) {
        java.io.StringWriter out = new java.io.StringWriter(value.length());
        // a name given twice in one object is refused: the tree kept the last, the binding would see both
        try (JsonParser in = json.getFactory().createParser(value)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
             JsonGenerator gen = json.getFactory().createGenerator(out)) {
            JsonToken first = in.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first != null) {
                    in.skipChildren(); // read to its end: broken JSON is named as such, not as "not an object"
                    in.nextToken();
                }
                throw new InvalidEventException("value is not a JSON object", null);
            }
            gen.writeStartObject();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken token = in.nextToken();
                if (name.equals("schemaVersion")) {
                    version[0] = token == JsonToken.VALUE_STRING ? '"' + in.getText() + '"'
                            : token.isScalarValue() ? in.getText() : token.asString();
                }
                if (STORED_IN_COLUMNS.contains(name)) {
                    in.skipChildren();
                } else {
                    gen.writeFieldName(name);
                    gen.copyCurrentStructure(in);
                }
            }
            gen.writeEndObject();
            if (in.nextToken() != null) {
                throw new InvalidEventException("value is not valid JSON: more than one value", null);
            }
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("value is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("reading a string failed", e);
        }
        return out.toString();
    }

    private static EnrichedArticle check(EnrichedArticle article) {
        for (String[] required : new String[][] {{"id", article.id()}, {"text", article.text()},
            {"eventId", article.eventId()}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw new InvalidEventException("'" + required[0] + "' is missing or blank", null);
            }
        }
        if (article.receivedAt() == null || article.enrichedAt() == null || article.language() == null
                || article.language().code() == null) {
            throw new InvalidEventException("'receivedAt', 'enrichedAt' and 'language.code' are required", null);
        }
        return article;
    }
}
