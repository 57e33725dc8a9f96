package io.khabar.enrich.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.enrich.config.EnrichConfig;

/** Reads and checks one {@code articles.raw} value; anything unreadable is an {@link InvalidEventException}. */
@ApplicationScoped
public class RawArticleReader {

    @Inject
    ObjectMapper json;
    @Inject
    EnrichConfig config;

    public RawArticle read(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("empty record value");
        }
        // checked before parsing: a record this large would cost the parse, then minutes of enrichment
        if (value.length() > config.maxRecordChars()) {
            throw new InvalidEventException("value is " + value.length() + " characters, over the limit of "
                    + config.maxRecordChars() + " (khabar.enrich.max-record-chars)");
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("value is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new InvalidEventException("value is JSON but not an object");
        }
        JsonNode version = node.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new InvalidEventException("'schemaVersion' is missing or not an integer");
        }
        if (version.asInt() != RawArticle.SCHEMA_VERSION) {
            throw new InvalidEventException("unsupported schemaVersion " + version.asInt() + "; this service reads "
                    + RawArticle.SCHEMA_VERSION);
        }
        requireText(node, "id");
        requireText(node, "text");
        try {
            return json.treeToValue(node, RawArticle.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("value does not match the articles.raw schema: " + e.getOriginalMessage(), e);
        }
    }

    private static void requireText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InvalidEventException("'" + field + "' is missing, not a string, or blank");
        }
    }
}
