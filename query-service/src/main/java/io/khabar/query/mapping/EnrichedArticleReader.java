package io.khabar.query.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and checks one {@code articles.enriched} value; anything unreadable is an {@link InvalidEventException}. */
@ApplicationScoped
public class EnrichedArticleReader {

    @Inject
    ObjectMapper json;

    public EnrichedArticle read(String value) {
        JsonNode node;
        try {
            node = json.readTree(value == null ? "" : value);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("value is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidEventException("value is not a JSON object", null);
        }
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
