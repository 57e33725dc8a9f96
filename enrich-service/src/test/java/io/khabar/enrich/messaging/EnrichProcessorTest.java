package io.khabar.enrich.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** articles.raw → articles.enriched through a real broker, and unreadable records → articles.raw.dlq. */
@QuarkusTest
@QuarkusTestResource(value = KhabarStackResource.class, initArgs = @ResourceArg(name = "database", value = "false"))
class EnrichProcessorTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();

    private TopicClient topics() {
        return new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
    }

    @Test
    void rawArticleComesOutEnrichedWithEveryStageKeyAndCloudEventHeaders() throws Exception {
        String id = send("به گزارش ایرنا، ویکتور خرنین وزیر دفاع جمهوری بلاروس با امیر سرتیپ آشتیانی وزیر دفاع ایران "
                + "در تهران دیدار و گفتوگو کرد و تفاهمنامه همکاری دفاعی امضا شد.\n• نویسنده :");
        TopicClient.Received out = topics().await(Topics.ARTICLES_ENRICHED, r -> id.equals(r.key()), WAIT);
        JsonNode payload = json.readTree(out.value());
        assertEquals(2, payload.get("schemaVersion").asInt());
        assertEquals(id, payload.get("id").asText());
        assertEquals("fa", payload.at("/language/code").asText());
        assertTrue(payload.at("/language/confidence").asDouble() > 0.5, out.value());
        List<String> stages = new java.util.ArrayList<>();
        payload.get("stages").forEach(s -> {
            stages.add(s.get("name").asText());
            assertEquals("ok", s.get("status").asText(), s.toString());
        });
        assertEquals(List.of("cleaning", "attribution", "language", "normalisation", "tokens", "keywords",
                "fingerprint", "story-terms", "dates", "entities", "topics", "quotations"), stages);
        assertEquals("minhash-64-w4", payload.at("/fingerprint/scheme").asText());
        assertEquals("tfidf-p6-64", payload.at("/storyTerms/scheme").asText());
        assertEquals(payload.at("/storyTerms/terms").size(), payload.at("/storyTerms/weights").size());
        assertEquals(344, payload.at("/fingerprint/signature").asText().length()); // 256 bytes in Base64
        assertEquals("empty-field", payload.at("/cleaning/removed/0/reason").asText());
        assertEquals("ایرنا", payload.at("/attribution/credits/0/name").asText());
        assertTrue(payload.get("normalisedText").asText().contains("گفت\u200Cوگو"));
        assertEquals("ingestion", payload.at("/publication/provenance").asText(), "no publication date was given");
        assertNotNull(payload.get("pipelineVersion").asText());
        assertEquals(Topics.ENRICHED_EVENT_TYPE, out.headers().get("ce_type"));
        assertEquals(Topics.EVENT_SOURCE, out.headers().get("ce_source"));
        assertEquals(payload.get("eventId").asText(), out.headers().get("ce_id"));
        assertNotNull(out.headers().get("ce_time"));
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicWithTheReasonAndTheStreamGoesOn() throws Exception {
        String marker = UUID.randomUUID().toString();
        topics().send(Topics.ARTICLES_RAW, "broken-" + marker, "{not json " + marker, Map.of());
        ObjectNode future = article(UUID.randomUUID().toString(), "Die Verteidigungsminister haben unterzeichnet.");
        future.put("schemaVersion", 99);
        topics().send(Topics.ARTICLES_RAW, "future-" + marker, json.writeValueAsString(future), Map.of());
        ObjectNode huge = article(UUID.randomUUID().toString(), "Die Verteidigungsminister haben unterzeichnet.");
        huge.put("html", "<p>" + "x".repeat(10_000_000) + "</p>"); // valid JSON, one 10 MB field
        String hugeValue = json.writeValueAsString(huge);
        topics().send(Topics.ARTICLES_RAW, "huge-" + marker, hugeValue, Map.of());
        String after = send("Die Verteidigungsminister von Iran und Belarus haben eine Einverständnisnote über die "
                + "Zusammenarbeit im Verteidigungsbereich unterzeichnet.");

        TopicClient.Received notJson = topics().await(Topics.ARTICLES_RAW_DLQ,
                r -> ("broken-" + marker).equals(r.key()), WAIT);
        assertTrue(notJson.headers().get("dead-letter-reason").contains("not valid JSON"), notJson.headers().toString());
        assertEquals("{not json " + marker, notJson.value(), "the dead letter keeps the original bytes");
        TopicClient.Received wrongVersion = topics().await(Topics.ARTICLES_RAW_DLQ,
                r -> ("future-" + marker).equals(r.key()), WAIT);
        assertTrue(wrongVersion.headers().get("dead-letter-reason").contains("unsupported schemaVersion 99"));
        TopicClient.Received tooLarge = topics().await(Topics.ARTICLES_RAW_DLQ,
                r -> ("huge-" + marker).equals(r.key()), WAIT);
        assertTrue(tooLarge.headers().get("dead-letter-reason").contains("over the limit of 8000000"),
                tooLarge.headers().toString());
        assertEquals(hugeValue, tooLarge.value(), "the dead letter is whole");

        TopicClient.Received enriched = topics().await(Topics.ARTICLES_ENRICHED, r -> after.equals(r.key()), WAIT);
        assertEquals("de", json.readTree(enriched.value()).at("/language/code").asText());
        assertTrue(topics().readAll(Topics.ARTICLES_ENRICHED).stream()
                .noneMatch(r -> r.key().endsWith(marker)), "nothing unreadable reaches articles.enriched");
    }

    private String send(String text) throws Exception {
        String id = UUID.randomUUID().toString().replace("-", "");
        topics().send(Topics.ARTICLES_RAW, id, json.writeValueAsString(article(id, text)), Map.of());
        return id;
    }

    /** A record as ingest-service writes it (articles.raw schema version 1). */
    private ObjectNode article(String id, String text) {
        ObjectNode node = json.createObjectNode();
        node.put("schemaVersion", 1);
        node.put("eventId", UUID.randomUUID().toString());
        node.put("id", id);
        node.put("receivedAt", "2024-01-08T10:00:00Z");
        node.put("text", text);
        node.put("source", "test");
        return node;
    }
}
