package io.khabar.ingest.feeds;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.khabar.ingest.messaging.Topics;
import io.khabar.ingest.AllowLocalAddresses;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An RSS feed on a real HTTP server on this machine: new items ingested once, conditional GET, states, removal. */
@QuarkusTest
@TestProfile(AllowLocalAddresses.class)
class FeedTest {

    private static HttpServer server;
    private static String base;
    private static final List<String> items = new CopyOnWriteArrayList<>();
    private static final AtomicInteger notModified = new AtomicInteger();

    @BeforeAll
    static void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss", FeedTest::rss);
        server.createContext("/page/", x -> {
            String n = x.getRequestURI().getPath().substring("/page/".length());
            send(x, 200, "text/html; charset=utf-8", "<html><body><article><h1>Meldung " + n + "</h1><p>Die "
                    + "Verteidigungsminister trafen sich heute zum " + n + ". Mal, um über die Zusammenarbeit ihrer "
                    + "Streitkräfte und gemeinsame Manöver zu sprechen.</p><p>Weitere Gespräche sind geplant, "
                    + "teilte das Ministerium in einer Erklärung mit.</p></article></body></html>");
        });
        server.createContext("/not-a-feed", x -> send(x, 200, "text/html", "<html><body>Hallo</body></html>"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        items.add("eins");
        items.add("zwei");
    }

    private static void rss(HttpExchange x) throws java.io.IOException {
        String etag = "\"" + items.size() + "\"";
        if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            x.sendResponseHeaders(304, -1);
            x.close();
            return;
        }
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Testportal</title><link>" + base + "</link><description>Test</description>");
        for (String item : items) {
            rss.append("<item><title>Meldung ").append(item).append("</title><link>").append(base).append("/page/")
                    .append(item).append("</link><guid>urn:test:").append(item).append("</guid>")
                    .append("<pubDate>Mon, 09 Jan 2023 10:00:00 GMT</pubDate></item>");
        }
        x.getResponseHeaders().add("ETag", etag);
        send(x, 200, "application/rss+xml; charset=utf-8", rss.append("</channel></rss>").toString());
    }

    private static void send(HttpExchange x, int status, String type, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static long published() {
        return new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers()).readAll(Topics.ARTICLES_RAW)
                .stream().filter(r -> r.value().contains("\"source\":\"Testportal\"")).count();
    }

    @Test
    void newItemsAreIngestedOnceAndTheFeedReportsItsState() {
        String id = given().contentType(ContentType.JSON).body(Map.of("url", base + "/rss", "intervalSeconds", 1))
                .when().post("/api/v1/feeds").then().statusCode(201).body("state", equalTo("pending"))
                .extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> published() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> notModified.get() >= 2);
        assertEquals(2, published(), "polling again ingests nothing again");
        given().when().get("/api/v1/feeds/" + id).then().statusCode(200).body("state", equalTo("ok"))
                .body("itemsIngested", equalTo(2)).body("source", equalTo(null));

        items.add("drei");
        await().atMost(Duration.ofSeconds(60)).until(() -> published() == 3);

        given().when().get("/api/v1/feeds").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id));
        given().when().delete("/api/v1/feeds/" + id).then().statusCode(204);
        given().when().get("/api/v1/feeds/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/api/v1/feeds/" + id).then().statusCode(404);
    }

    @Test
    void whatIsNotAFeedIsRefusedAndNothingIsFollowed() {
        given().contentType(ContentType.JSON).body(Map.of("url", base + "/not-a-feed")).when().post("/api/v1/feeds")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("not an RSS or Atom feed"));
        given().contentType(ContentType.JSON).body(Map.of("url", base + "/rss", "intervalSeconds", 0))
                .when().post("/api/v1/feeds").then().statusCode(400).body("field", equalTo("intervalSeconds"));
        given().contentType(ContentType.JSON).body(Map.of("url", "file:///etc/passwd")).when().post("/api/v1/feeds")
                .then().statusCode(400).body("field", equalTo("url"));
        assertTrue(given().when().get("/api/v1/feeds").then().statusCode(200).extract().jsonPath()
                .getList("url").stream().noneMatch(u -> String.valueOf(u).endsWith("/not-a-feed")));
    }
}
