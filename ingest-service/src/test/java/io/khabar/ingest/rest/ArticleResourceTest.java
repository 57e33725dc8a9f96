package io.khabar.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.ledger.ArticleLedger;
import io.khabar.ingest.messaging.Topics;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/articles against a real broker: what is accepted is on articles.raw, what is refused is not. */
@QuarkusTest
@QuarkusTestResource(value = KhabarStackResource.class, initArgs = @ResourceArg(name = "database", value = "false"))
class ArticleResourceTest {

    @TestHTTPResource("/api/v1/articles")
    URI url;

    private static final String PERSIAN = "وزرای دفاع ایران و بلاروس روز دوشنبه در تهران تفاهمنامه همکاری دفاعی امضا کردند.";

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    ArticleLedger ledger;

    private TopicClient topics() {
        return new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
    }

    @Test
    void acceptedArticleIsOnTheTopicWithKeyCloudEventHeadersAndSchemaVersion() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", PERSIAN, "title", "تفاهمنامه", "source", "test", "language", "fa",
                        "publishedAt", "2024-01-08T10:00:00+03:30"))
                .when().post("/api/v1/articles")
                .then().statusCode(202).contentType(ContentType.JSON)
                .body("id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("id");

        TopicClient.Received record = topics().await(Topics.ARTICLES_RAW, r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertEquals(Topics.RAW_EVENT_TYPE, record.headers().get("ce_type"));
        assertEquals(Topics.EVENT_SOURCE, record.headers().get("ce_source"));
        assertEquals("1.0", record.headers().get("ce_specversion"));
        assertNotNull(record.headers().get("ce_id"));
        assertNotNull(record.headers().get("ce_time"));
        JsonNode payload = json.readTree(record.value());
        assertEquals(1, payload.get("schemaVersion").asInt());
        assertEquals(id, payload.get("id").asText());
        assertEquals(PERSIAN, payload.get("text").asText());
        assertEquals("2024-01-08T06:30:00Z", payload.get("publishedAt").asText());
        assertEquals(record.headers().get("ce_id"), payload.get("eventId").asText());
    }

    @Test
    void metricsCountOutcomesBySourceAndReason() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Zählbarer Artikel " + System.nanoTime(),
                "source", "Messquelle")).when().post("/api/v1/articles").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("title", "ohne Text", "source", "Messquelle"))
                .when().post("/api/v1/articles").then().statusCode(400);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("khabar_ingest_articles_total{")
                && l.contains("outcome=\"accepted\"") && l.contains("reason=\"new\"")
                && l.contains("source=\"messquelle\"")), metrics);
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("khabar_ingest_articles_total{")
                && l.contains("outcome=\"rejected\"") && l.contains("reason=\"text\"")
                && l.contains("source=\"messquelle\"")), metrics);
        assertTrue(metrics.contains("khabar_ingest_publish_seconds"));
    }

    @Test
    void readyWithTheBrokerAndServesItsSchemaAndOpenApi() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/schemas/articles.raw.v1.json").then().statusCode(200)
                .body("$id", equalTo("urn:khabar:schema:articles.raw:1"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/articles'.post.responses.'202'", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theSameArticleTwiceGetsTheSameIdAndIsPublishedOnce() {
        long before = topics().recordCount(Topics.ARTICLES_RAW);
        String text = "Die Verteidigungsminister von Iran und Belarus haben eine Note unterzeichnet. " + System.nanoTime();
        String first = post(Map.of("text", text), 202, "new");
        // the same text with other white space and in decomposed form (NFD) is the same article
        String respaced = "  " + java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replace(" ", "   \n") + "\n";
        assertEquals(first, post(Map.of("text", respaced), 200, "duplicate"));
        String byUrl = post(Map.of("text", text, "url", "https://Example.org/news/1/#top"), 202, "new");
        assertEquals(byUrl, post(Map.of("text", text + " (updated)", "url", "https://example.org/news/1"), 202,
                "updated"));
        assertEquals(before + 3, topics().recordCount(Topics.ARTICLES_RAW), "a duplicate is not published again");
    }

    @Test
    void anIdempotencyKeyUsedAgainYieldsTheFirstArticleAndPublishesNothing() {
        String key = "import-" + System.nanoTime();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Erster Text zu diesem Schlüssel.")).when().post("/api/v1/articles")
                .then().statusCode(202).body("status", equalTo("new")).extract().path("id");
        long before = topics().recordCount(Topics.ARTICLES_RAW);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Ein ganz anderer Text, aber derselbe Schlüssel.")).when().post("/api/v1/articles")
                .then().statusCode(200).body("id", equalTo(first)).body("status", equalTo("duplicate"));
        assertEquals(before, topics().recordCount(Topics.ARTICLES_RAW));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "has spaces in it")
                .body(Map.of("text", "Text.")).when().post("/api/v1/articles")
                .then().statusCode(400).body("field", equalTo("Idempotency-Key"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsPublished() throws Exception {
        long before = topics().recordCount(Topics.ARTICLES_RAW);

        problem("{\"text\": \"unterminated", 400).body("type", equalTo("urn:khabar:problem:malformed-json"));
        problem("{\"title\": \"no text\"}", 400).body("field", equalTo("text"));
        problem("{\"text\": \"   \\n\\t \"}", 400).body("field", equalTo("text"));
        problem("{\"text\": \"x\", \"titel\": \"typo\"}", 400).body("field", equalTo("titel"));
        problem("{\"text\": \"x\", \"publishedAt\": \"yesterday\"}", 400).body("field", equalTo("publishedAt"));
        problem("{\"text\": \"x\", \"url\": \"ftp://example.org/a\"}", 400).body("field", equalTo("url"));
        problem("{\"text\": \"x\", \"language\": \"not a language\"}", 400).body("field", equalTo("language"));
        problem("{\"text\": \"half an emoji \\ud83d here\"}", 400).body("field", equalTo("text"))
                .body("detail", containsString("unpaired surrogate (\\uD83D) at character 14"));
        problem("{\"text\": \"ends in half a pair \\ud83d\"}", 400).body("field", equalTo("text"));
        problem("[1, 2, 3]", 400);
        problem("", 400);

        given().contentType("application/xml").body("<article>XML is not taken</article>").when()
                .post("/api/v1/articles").then().statusCode(415).contentType("application/problem+json");

        String tooLarge = postRaw(50 * 1024 * 1024);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertTrue(tooLarge.toLowerCase().contains("content-type: application/problem+json"), tooLarge);
        assertTrue(tooLarge.contains("at most"), tooLarge);

        assertEquals(before, topics().recordCount(Topics.ARTICLES_RAW), "a refused article must not be published");
    }

    private String post(Map<String, String> body, int status, String outcome) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles")
                .then().statusCode(status).body("status", equalTo(outcome)).extract().path("id");
    }

    @BeforeEach
    void ledgerLoaded() {
        // until the ledger has read its topic, new and repeat cannot be told apart (and readiness says so)
        await().atMost(Duration.ofSeconds(60)).until(ledger::loaded);
    }

    private io.restassured.response.ValidatableResponse problem(String body, int status) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("detail", org.hamcrest.Matchers.notNullValue());
    }


    /**
     * Posts a JSON body of {@code size} bytes the way curl does: headers first, then the body while the answer is
     * read, so that an early refusal is seen even though the client could not send everything.
     */
    private String postRaw(int size) throws Exception {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url.getPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'a');
                try {
                    for (int sent = 0; sent < size; sent += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, size - sent));
                    }
                } catch (IOException refused) {
                    // the server answered and closed: expected
                }
            });
            writer.setDaemon(true);
            writer.start();
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                answer.write(buf, 0, n);
                String soFar = answer.toString(StandardCharsets.UTF_8);
                int headerEnd = soFar.indexOf("\r\n\r\n");
                if (headerEnd > 0 && soFar.length() - headerEnd - 4 >= contentLength(soFar)) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return Integer.MAX_VALUE;
    }
}
