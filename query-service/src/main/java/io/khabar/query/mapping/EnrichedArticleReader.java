package io.khabar.query.mapping;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        ObjectNode node = parse(value);
        EnrichedArticle article = article(node);
        node.remove(STORED_IN_COLUMNS);
        try {
            return new Read(article, json.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that was read could not be written", e);
        }
    }

    private ObjectNode parse(String value) {
        JsonNode node;
        try {
            node = json.readTree(value == null ? "" : value);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("value is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidEventException("value is not a JSON object", null);
        }
        return (ObjectNode) node;
    }

    private EnrichedArticle article(JsonNode node) {
        JsonNode version = node.get("schemaVersion");
        if (version == null || !version.isInt() || version.asInt() < EnrichedArticle.OLDEST_SCHEMA_VERSION
                || version.asInt() > EnrichedArticle.NEWEST_SCHEMA_VERSION) {
            throw new InvalidEventException("unsupported schemaVersion " + version + "; this service reads "
                    + EnrichedArticle.OLDEST_SCHEMA_VERSION + " to " + EnrichedArticle.NEWEST_SCHEMA_VERSION, null);
        }
        EnrichedArticle article;
        try {
            article = json.treeToValue(node, EnrichedArticle.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("value does not match the articles.enriched schema: "
                    + e.getOriginalMessage(), e);
        }
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
