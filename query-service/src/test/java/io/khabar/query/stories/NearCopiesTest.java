package io.khabar.query.stories;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.query.messaging.Topics;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Near-copies through the real broker and database: an article whose MinHash signature is close to that of an
 * earlier article of its language becomes its duplicate, a copy of a copy points to the earliest, another language or
 * another text does not, a re-enrichment that is no longer alike is no longer a duplicate, and facets count a report
 * once.
 */
@QuarkusTest
@QuarkusTestResource(KhabarStackResource.class)
class NearCopiesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "copies-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void nearCopiesPointToTheEarliestOfTheirLanguageAndAreCountedOnce() throws Exception {
        Random random = new Random(7);
        int[] original = random.ints(64).toArray();
        int[] edited = original.clone();
        for (int i = 0; i < 5; i++) {
            edited[i * 13] = random.nextInt();
        }
        String a = publish(null, "fa", original, "2024-01-08T10:00:00Z");
        awaitStored(a);
        String b = publish(null, "fa", edited, "2024-01-08T10:00:00Z");
        String c = publish(null, "fa", random.ints(64).toArray(), "2024-01-08T10:00:00Z");
        String d = publish(null, "de", edited, "2024-01-08T10:00:00Z");
        awaitStored(b);
        String e = publish(null, "fa", edited, "2024-01-08T10:00:00Z");
        for (String id : new String[] {c, d, e}) {
            awaitStored(id);
        }
        // 59 of 64 minima equal: a copy of a; e, equal to b, is compared with the originals only: a copy of a too
        awaitDuplicate(b, a);
        given().when().get("/api/v1/articles/" + b).then().body("duplicateOf.similarity", equalTo(0.922f));
        awaitDuplicate(e, a);
        given().when().get("/api/v1/articles/" + e).then().body("duplicateOf.similarity", equalTo(0.922f));
        // the list shows the marks too
        Map<String, String> listed = new java.util.HashMap<>();
        given().queryParam("source", RUN).queryParam("limit", "100").when().get("/api/v1/articles").then()
                .extract().jsonPath().getList("items", Map.class)
                .forEach(item -> listed.put((String) item.get("id"), (String) item.get("duplicateOf")));
        assertEquals(a, listed.get(b));
        assertEquals(a, listed.get(e));
        assertNull(listed.get(c));
        for (String id : new String[] {a, c, d}) {
            given().when().get("/api/v1/articles/" + id).then().statusCode(200).body("duplicateOf", nullValue());
        }
        await().atMost(WAIT).until(() -> given().queryParam("source", RUN).when().get("/api/v1/facets").then()
                .extract().path("total").equals(3));

        // b enriched again, and now unlike a: no longer a duplicate, and counted again
        publish(b, "fa", random.ints(64).toArray(), "2024-01-09T10:00:00Z");
        await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + b).then().extract()
                .path("duplicateOf") == null);
        await().atMost(WAIT).until(() -> given().queryParam("source", RUN).when().get("/api/v1/facets").then()
                .extract().path("total").equals(4));
        given().when().get("/api/v1/articles/" + e).then().body("duplicateOf.id", equalTo(a));
    }

    private static void awaitStored(String id) {
        await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + id).statusCode() == 200);
    }

    private static void awaitDuplicate(String id, String of) {
        await().atMost(WAIT).until(() -> of.equals(given().when().get("/api/v1/articles/" + id).then().extract()
                .path("duplicateOf.id")));
    }

    /** A schema version 2 record with a fingerprint of these minima; returns its id. */
    private static String publish(String id, String language, int[] minima, String enrichedAt) throws Exception {
        String articleId = id != null ? id : UUID.randomUUID().toString().replace("-", "");
        ByteBuffer bytes = ByteBuffer.allocate(minima.length * 4);
        for (int m : minima) {
            bytes.putInt(m);
        }
        ObjectNode e = JSON.createObjectNode();
        e.put("schemaVersion", 2).put("eventId", UUID.randomUUID().toString()).put("id", articleId)
                .put("rawEventId", UUID.randomUUID().toString()).put("receivedAt", "2024-01-08T09:59:00Z")
                .put("enrichedAt", enrichedAt).put("pipelineVersion", "test").put("text", "متن " + articleId)
                .put("title", "copy").put("source", RUN).put("publishedAt", "2024-01-08T08:00:00Z");
        e.putObject("language").put("code", language).put("confidence", 0.99).put("reliable", true);
        e.putObject("fingerprint").put("scheme", "minhash-64-w4").put("shingles", 200)
                .put("signature", Base64.getEncoder().encodeToString(bytes.array()));
        e.putArray("stages");
        new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers())
                .send(Topics.ARTICLES_ENRICHED, articleId, JSON.writeValueAsString(e), Map.of());
        return articleId;
    }
}
