package io.khabar.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.khabar.ingest.AllowLocalAddresses;
import io.khabar.ingest.messaging.Topics;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** by-url against a real HTTP server on this machine, with private addresses explicitly allowed. */
@QuarkusTest
@TestProfile(AllowLocalAddresses.class)
class ByUrlFetchTest {

    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void serve() throws Exception {
        byte[] page;
        try (InputStream in = ByUrlFetchTest.class.getResourceAsStream("/pages/de-article-with-chrome.html")) {
            page = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/article", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        server.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", "/article");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.createContext("/loop", x -> {
            x.getResponseHeaders().add("Location", "/loop");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/image", x -> {
            x.getResponseHeaders().add("Content-Type", "image/png");
            x.sendResponseHeaders(200, 4);
            x.getResponseBody().write(new byte[] {1, 2, 3, 4});
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aPageBehindARedirectIsFetchedAndOnlyItsArticleIsPublished() throws Exception {
        String id = given().contentType(ContentType.JSON).body(Map.of("url", base + "/moved", "source", "Portal"))
                .when().post("/api/v1/articles/by-url").then().statusCode(202).extract().path("id");
        TopicClient topics = new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
        JsonNode raw = new ObjectMapper().readTree(
                topics.await(Topics.ARTICLES_RAW, r -> id.equals(r.key()), Duration.ofSeconds(30)).value());
        assertTrue(raw.get("text").asText().contains("Teheran - Die Verteidigungsminister"), raw.get("text").asText());
        assertFalse(raw.get("text").asText().contains("Kommentar"));
        assertEquals("https://nachrichten.example.de/politik/iran-belarus-verteidigung-123", raw.get("url").asText());
        assertEquals("Portal", raw.get("source").asText());
        assertEquals("html", raw.get("format").asText());
    }

    @Test
    void missingPagesNonPagesAndRedirectLoopsAre422() {
        given().contentType(ContentType.JSON).body(Map.of("url", base + "/nothing-here"))
                .when().post("/api/v1/articles/by-url").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("404"));
        given().contentType(ContentType.JSON).body(Map.of("url", base + "/image"))
                .when().post("/api/v1/articles/by-url").then().statusCode(422).body("detail", containsString("image/png"));
        given().contentType(ContentType.JSON).body(Map.of("url", base + "/loop"))
                .when().post("/api/v1/articles/by-url").then().statusCode(422)
                .body("detail", containsString("redirected more than 3"));
        given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:1/closed"))
                .when().post("/api/v1/articles/by-url").then().statusCode(502).body("field", equalTo("url"));
    }
}
