package io.khabar.query.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.query.config.QueryConfig;
import org.junit.jupiter.api.Test;

/** The reading of one record without the service: what is kept as the payload, and each bad record's reason. */
class EnrichedArticleReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static EnrichedArticleReader reader(int maxChars) {
        EnrichedArticleReader reader = new EnrichedArticleReader();
        reader.json = JSON;
        reader.config = (QueryConfig) Proxy.newProxyInstance(QueryConfig.class.getClassLoader(),
                new Class<?>[] {QueryConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("maxRecordChars")) {
                        return maxChars;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return reader;
    }

    private static ObjectNode record() {
        ObjectNode e = JSON.createObjectNode();
        e.put("schemaVersion", 2).put("eventId", "e1").put("id", "a1").put("receivedAt", "2024-01-08T10:00:00Z")
                .put("enrichedAt", "2024-01-08T10:01:00Z").put("text", "Der Minister sagte «ja».")
                .put("cleanText", "Der Minister sagte «ja».").put("title", "Titel").put("weight", 0.00001);
        e.putObject("language").put("code", "de").put("confidence", 0.99).put("reliable", true);
        e.putArray("quotations").addObject().put("start", 19).put("end", 22).put("text", "ja");
        e.putObject("unknownStage").putArray("items").add(1).add("zwei");
        return e;
    }

    @Test
    void thePayloadIsTheRecordButForTheTopLevelTextsAndTheArticleIsBound() throws Exception {
        ObjectNode e = record();
        e.put("big", new java.math.BigInteger("123456789012345678901234567890")).put("tiny", 1e-300);
        EnrichedArticleReader.Read read = reader(1_000_000).readForStorage(JSON.writeValueAsString(e));
        ObjectNode expected = e.deepCopy();
        expected.remove(EnrichedArticleReader.STORED_IN_COLUMNS);
        assertEquals(expected, JSON.readTree(read.storedPayload()), "a nested 'text', unknown fields and numbers kept");
        assertEquals("a1", read.article().id());
        assertEquals("Der Minister sagte «ja».", read.article().cleanText());
        assertEquals(1, read.article().quotations().size());
        assertEquals("de", read.article().language().code());
    }

    @Test
    void eachBadRecordIsRefusedWithItsReason() throws Exception {
        EnrichedArticleReader reader = reader(1_000);
        assertReason(reader, "[not, json", "not valid JSON");
        assertReason(reader, "{\"id\": ", "not valid JSON");
        assertReason(reader, "[1, 2]", "not a JSON object");
        assertReason(reader, "", "not a JSON object");
        assertReason(reader, null, "not a JSON object");
        assertReason(reader, JSON.writeValueAsString(record()) + " {}", "more than one value");
        ObjectNode future = record().put("schemaVersion", 3);
        assertReason(reader, JSON.writeValueAsString(future), "unsupported schemaVersion 3");
        ObjectNode quoted = record().put("schemaVersion", "2");
        assertReason(reader, JSON.writeValueAsString(quoted), "unsupported schemaVersion \"2\"");
        ObjectNode none = record();
        none.remove("schemaVersion");
        assertReason(reader, JSON.writeValueAsString(none), "unsupported schemaVersion null");
        ObjectNode noText = record();
        noText.remove("text");
        assertReason(reader, JSON.writeValueAsString(noText), "'text' is missing or blank");
        ObjectNode badTime = record().put("receivedAt", "yesterday");
        assertReason(reader, JSON.writeValueAsString(badTime), "does not match the articles.enriched schema");
        String duplicate = JSON.writeValueAsString(record()).replaceFirst("\\{", "{\"receivedAt\": \"x\", ");
        assertReason(reader, duplicate, "Duplicate field 'receivedAt'");
        ObjectNode fractional = record().put("schemaVersion", 2.0);
        assertReason(reader, JSON.writeValueAsString(fractional), "unsupported schemaVersion 2.0");
        ObjectNode listed = record();
        listed.putArray("schemaVersion").add(2);
        assertReason(reader, JSON.writeValueAsString(listed), "unsupported schemaVersion [");
        ObjectNode large = record().put("padding", "x".repeat(2_000));
        assertReason(reader, JSON.writeValueAsString(large), "over the limit of 1000");
    }

    private static void assertReason(EnrichedArticleReader reader, String value, String reason) {
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> reader.readForStorage(value));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
