package io.khabar.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.messaging.Topics;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Batches through the real broker: every good item published, every bad one reported in its place. */
@QuarkusTest
class BatchResourceTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ndjsonOfAThousandWithThreeBadLinesPublishes997AndReportsTheThreeInPlace() throws Exception {
        String batch = "batch-" + UUID.randomUUID();
        Set<Integer> bad = Set.of(17, 500, 998);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            if (i == 17) {
                body.append("{\"text\": \"truncated JSON\n");
            } else if (i == 500) {
                body.append("{\"title\": \"no text at all\"}\n");
            } else if (i == 998) {
                body.append("this line is not JSON\n");
            } else {
                body.append(json.writeValueAsString(Map.of("text", "Artikel Nummer " + i + " über die Zusammenarbeit.",
                        "source", batch))).append('\n');
            }
            if (i == 300) {
                body.append("\n"); // blank lines are skipped, not counted
            }
        }
        ValidatableResponse r = given().contentType("application/x-ndjson")
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/batch").then().statusCode(200)
                .body("accepted", equalTo(997)).body("rejected", equalTo(3)).body("items", hasSize(1000));
        for (int i : List.of(0, 16, 18, 499, 501, 997, 999)) {
            r.body("items[" + i + "].index", equalTo(i)).body("items[" + i + "].id", notNullValue());
        }
        for (int i : bad) {
            r.body("items[" + i + "].index", equalTo(i)).body("items[" + i + "].error.status", equalTo(400));
        }
        r.body("items[500].error.field", equalTo("text"));

        List<TopicClient.Received> published = new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers())
                .readAll(Topics.ARTICLES_RAW).stream().filter(rec -> rec.value().contains(batch)).toList();
        assertEquals(997, published.size());
        assertEquals(997, published.stream().map(TopicClient.Received::key).collect(Collectors.toSet()).size());
    }

    @Test
    void aBatchLinesTextReachesTheTopicAsSentWithTheIdOfTheSameTextPostedAlone() throws Exception {
        String mark = "text-as-sent-" + UUID.randomUUID();
        // read without decoding (escapes, a tanwin, ZWNJ, no-break space), and one that NFC changes (decoded as before)
        String scanned = "تهران- ایرنا- «همکاری\u200Cهای» دفاعی تقریباً \"بی\u200Cسابقه\" است.\n\tC:\\ a/b\u00A0" + mark;
        String decoded = "Ko\u0308ln und Ba\u0301rbel, " + mark;
        String body = json.writeValueAsString(Map.of("text", scanned, "title", "عنوان", "source", "test",
                "language", "FA", "publishedAt", "2024-01-08T10:00:00+03:30")) + "\n"
                + "\uFEFF" + json.writeValueAsString(Map.of("text", decoded)) + "\n"; // a byte order mark before it
        ValidatableResponse r = given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/batch").then().statusCode(200).body("accepted", equalTo(2));
        TopicClient topics = new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
        for (int i = 0; i < 2; i++) {
            String text = i == 0 ? scanned : decoded;
            String id = r.extract().path("items[" + i + "].id");
            JsonNode payload = json.readTree(topics.await(Topics.ARTICLES_RAW, rec -> id.equals(rec.key()),
                    Duration.ofSeconds(30)).value());
            assertEquals(text, payload.get("text").asText());
            // the same text re-spaced and in NFD, posted alone, is the same article
            String respaced = java.text.Normalizer.normalize("  " + text.replace(" ", " \n "), java.text.Normalizer.Form.NFD);
            given().contentType("application/json").body(Map.of("text", respaced)).when().post("/api/v1/articles")
                    .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("duplicate"));
        }
        JsonNode first = json.readTree(topics.await(Topics.ARTICLES_RAW,
                rec -> rec.value().contains(mark) && rec.value().contains("عنوان"), Duration.ofSeconds(30)).value());
        assertEquals("fa", first.get("language").asText());
        assertEquals("test", first.get("source").asText());
        assertEquals("2024-01-08T06:30:00Z", first.get("publishedAt").asText());
    }

    @Test
    void aBatchItemIsTheSameRecordAsASingleArticleWithTheSameCloudEventHeaders() throws Exception {
        String mark = "same-record-" + UUID.randomUUID();
        String single = given().contentType("application/json")
                .body(Map.of("text", "Einzeln: " + mark, "source", "test", "publishedAt", "2024-01-08T10:00:00+03:30"))
                .when().post("/api/v1/articles").then().statusCode(202).extract().path("id");
        String batched = given().contentType("application/x-ndjson")
                .body((json.writeValueAsString(Map.of("text", "Im Stapel: " + mark, "source", "test",
                        "publishedAt", "2024-01-08T10:00:00+03:30")) + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/batch").then().statusCode(200).extract().path("items[0].id");
        TopicClient topics = new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
        TopicClient.Received a = topics.await(Topics.ARTICLES_RAW, r -> single.equals(r.key()), Duration.ofSeconds(30));
        TopicClient.Received b = topics.await(Topics.ARTICLES_RAW, r -> batched.equals(r.key()), Duration.ofSeconds(30));
        assertEquals(a.headers().keySet(), b.headers().keySet());
        for (String constant : List.of("ce_specversion", "ce_type", "ce_source", "content-type", "ce_dataschema")) {
            assertEquals(a.headers().get(constant), b.headers().get(constant), constant);
        }
        JsonNode payload = json.readTree(b.value());
        assertEquals(payload.get("eventId").asText(), b.headers().get("ce_id"));
        assertEquals(batched, b.headers().get("ce_subject"));
        assertEquals(Instant.parse(payload.get("receivedAt").asText()),
                OffsetDateTime.parse(b.headers().get("ce_time")).toInstant());
        List<String> fieldsA = new java.util.ArrayList<>();
        json.readTree(a.value()).fieldNames().forEachRemaining(fieldsA::add);
        List<String> fieldsB = new java.util.ArrayList<>();
        payload.fieldNames().forEachRemaining(fieldsB::add);
        assertEquals(fieldsA, fieldsB);
        assertEquals("2024-01-08T06:30:00Z", payload.get("publishedAt").asText());
    }

    @Test
    void jsonArrayReportsBadItemsInPlaceAndASyntaxErrorEndsTheBatchThere() {
        given().contentType("application/json")
                .body("[{\"text\": \"Erster Artikel.\"}, {\"text\": \"\"}, 42, {\"text\": \"Vierter Artikel.\"}]")
                .when().post("/api/v1/articles/batch").then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .body("items[1].error.field", equalTo("text")).body("items[2].error.status", equalTo(400))
                .body("items[3].id", notNullValue());
        given().contentType("application/json")
                .body("[{\"text\": \"Erster Artikel, noch einmal.\"}, {\"text\": \"abgeschnitten")
                .when().post("/api/v1/articles/batch").then().statusCode(200)
                .body("accepted", equalTo(1)).body("items", hasSize(2)).body("items[1].error.field", equalTo("body"));
        given().contentType("application/json").body("{\"text\": \"kein Array\"}")
                .when().post("/api/v1/articles/batch").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
