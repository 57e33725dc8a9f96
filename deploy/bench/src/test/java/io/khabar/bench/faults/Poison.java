package io.khabar.bench.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.stack.TopicClient;

/**
 * Poison records for both topics the services consume: a value that is not JSON, one of an unknown schema version,
 * and valid JSON with a 10 MB field. Each must come out on the topic's dead-letter topic, whole, with a reason that
 * names its problem.
 */
final class Poison {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TopicClient topics;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** key → the words its dead-letter reason must contain, per dead-letter topic. */
    private final Map<String, Map<String, String>> expected = new LinkedHashMap<>();

    Poison(TopicClient topics) {
        this.topics = topics;
    }

    void send() throws Exception {
        ObjectNode raw = JSON.createObjectNode();
        raw.put("schemaVersion", 1);
        raw.put("eventId", UUID.randomUUID().toString());
        raw.put("receivedAt", "2024-01-08T10:00:00Z");
        raw.put("text", "Die Verteidigungsminister haben ein Abkommen unterzeichnet.");
        raw.put("source", "fault-suite");
        three("articles.raw", raw, "html");

        ObjectNode enriched = raw.deepCopy();
        enriched.put("schemaVersion", 2);
        enriched.put("rawEventId", UUID.randomUUID().toString());
        enriched.put("enrichedAt", "2024-01-08T10:00:01Z");
        enriched.put("pipelineVersion", "fault-suite");
        enriched.putObject("language").put("code", "de").put("confidence", 0.99).put("reliable", true);
        enriched.putArray("stages");
        three("articles.enriched", enriched, "cleanText");
    }

    private void three(String topic, ObjectNode valid, String bigField) throws Exception {
        Map<String, String> reasons = expected.computeIfAbsent(topic + ".dlq", t -> new LinkedHashMap<>());
        String notJson = "poison-" + run + "-not-json";
        topics.send(topic, notJson, "{\"schemaVersion\": 1, \"text\": ", Map.of());
        reasons.put(notJson, "not valid JSON");

        String future = "poison-" + run + "-version-99";
        ObjectNode v99 = valid.deepCopy().put("schemaVersion", 99).put("id", future);
        topics.send(topic, future, JSON.writeValueAsString(v99), Map.of());
        reasons.put(future, "unsupported schemaVersion 99");

        String huge = "poison-" + run + "-10mb";
        ObjectNode big = valid.deepCopy().put("id", huge).put(bigField, "x".repeat(10_000_000));
        topics.send(topic, huge, JSON.writeValueAsString(big), Map.of());
        reasons.put(huge, "over the limit");
    }

    /** Waits for each poison record on its dead-letter topic and checks its reason. */
    void assertDeadLettered(Duration timeout) {
        expected.forEach((dlq, reasons) -> reasons.forEach((key, words) -> {
            TopicClient.Received dead = topics.await(dlq, r -> key.equals(r.key()), timeout);
            String reason = dead.headers().getOrDefault("dead-letter-reason", "");
            assertTrue(reason.contains(words), dlq + " " + key + ": reason '" + reason + "' should say " + words);
        }));
    }
}
