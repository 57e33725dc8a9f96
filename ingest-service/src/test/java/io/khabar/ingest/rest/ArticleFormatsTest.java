package io.khabar.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.messaging.Topics;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain text and whole web pages, through the real broker: what reaches articles.raw is the article, not the page. */
@QuarkusTest
class ArticleFormatsTest {

    private static final String PERSIAN = "ویکتور خرنین وزیر دفاع جمهوری بلاروس با امیر سرتیپ آشتیانی وزیر دفاع "
            + "جمهوری اسلامی ایران دیدار و گفتوگو کرد.\n\nدر پایان این دیدار تفاهمنامه همکاری امضا شد.";

    private final ObjectMapper json = new ObjectMapper();

    private static RestAssuredConfig previous;

    @BeforeAll
    static void sendContentTypesAsGiven() {
        previous = RestAssured.config;
        // RestAssured would otherwise add "; charset=ISO-8859-1" to text types, a charset these bodies are not in
        RestAssured.config = RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    @AfterAll
    static void restoreRestAssured() {
        RestAssured.config = previous;
    }

    private JsonNode published(String id) throws Exception {
        TopicClient topics = new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
        return json.readTree(topics.await(Topics.ARTICLES_RAW, r -> id.equals(r.key()), Duration.ofSeconds(30)).value());
    }

    @Test
    void plainTextPersianWithMetadataInQueryAndHeaders() throws Exception {
        String id = given().contentType("text/plain; charset=utf-8").body(PERSIAN.getBytes(StandardCharsets.UTF_8))
                .queryParam("title", "دیدار وزرای دفاع").header("X-Article-Source", "IRNA")
                .header("X-Article-Published-At", "2023-01-09T10:00:00+03:30").header("Content-Language", "fa")
                .when().post("/api/v1/articles").then().statusCode(202).extract().path("id");
        JsonNode raw = published(id);
        assertEquals(PERSIAN, raw.get("text").asText());
        assertEquals("دیدار وزرای دفاع", raw.get("title").asText());
        assertEquals("IRNA", raw.get("source").asText());
        assertEquals("2023-01-09T06:30:00Z", raw.get("publishedAt").asText());
        assertEquals("fa", raw.get("language").asText());
        assertEquals("text", raw.get("format").asText());
    }

    @Test
    void declaredLegacyArabicScriptCharsetsAreDecoded() throws Exception {
        // windows-1256 has no Farsi yeh (U+06CC): Persian pages in it were written with the Arabic yeh (U+064A)
        String text = "وزير دفاع ايران با همتاي بلاروسي خود در تهران ديدار کرد و تفاهمنامه امضا شد";
        String first = null;
        for (String name : new String[] {"windows-1256", "UTF-16"}) {
            Charset cs = Charset.forName(name);
            assertTrue(cs.newEncoder().canEncode(text), name);
            // the same text in another charset is the same article: the second post is a duplicate of the first
            String id = given().contentType("text/plain; charset=" + name).body(text.getBytes(cs))
                    .when().post("/api/v1/articles").then().statusCode(first == null ? 202 : 200)
                    .extract().path("id");
            if (first == null) {
                first = id;
                assertEquals(text, published(id).get("text").asText(), name);
            }
            assertEquals(first, id, name);
        }
    }

    @Test
    void bytesThatLieAboutTheirCharsetAreRefusedNamingTheCharset() {
        byte[] latin1 = "Verteidigungsminister Außenpolitik".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("text/plain; charset=utf-8").body(latin1).when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("charset"));
        given().contentType("text/plain").body(latin1).when().post("/api/v1/articles")
                .then().statusCode(400).body("field", equalTo("charset")).body("detail", containsString("UTF-8"));
        given().contentType("text/plain; charset=klingon-8").body(latin1).when().post("/api/v1/articles")
                .then().statusCode(400).body("field", equalTo("charset"));
        given().contentType("text/plain").body(" \n\t ").when().post("/api/v1/articles")
                .then().statusCode(400).body("field", equalTo("text"));
        given().contentType("text/plain").queryParam("publishedAt", "gestern").body("Ein Text.")
                .when().post("/api/v1/articles").then().statusCode(400).body("field", equalTo("publishedAt"));
    }

    @Test
    void aGermanWebPageYieldsOnlyItsArticleWithTitleAuthorDateAndCanonicalUrl() throws Exception {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/pages/de-article-with-chrome.html")) {
            page = in.readAllBytes();
        }
        String id = given().contentType("text/html").body(page).queryParam("source", "Nachrichtenportal")
                .when().post("/api/v1/articles").then().statusCode(202).extract().path("id");
        JsonNode raw = published(id);
        String text = raw.get("text").asText();
        assertTrue(text.contains("Die Verteidigungsminister von Iran und Belarus haben am Montag in Teheran"), text);
        assertTrue(text.contains("lobte die Gastfreundschaft seiner Gastgeber."), text);
        assertTrue(text.contains("in Teheran eine Einverständnisnote über die Zusammenarbeit im Verteidigungsbereich "
                + "unterzeichnet.\n\nDie Note wurde"), "paragraphs stay apart: " + text);
        for (String chrome : new String[] {"Startseite", "Newsletter", "teilen", "Kommentar", "LeserX",
            "Das könnte Sie auch interessieren", "Impressum", "Cookie"}) {
            assertFalse(text.contains(chrome), "page chrome '" + chrome + "' leaked into the text: " + text);
        }
        assertEquals("Iran und Belarus unterzeichnen Einverständnisnote zur Verteidigungskooperation",
                raw.get("title").asText());
        assertEquals("Anna Beispiel", raw.get("author").asText());
        assertEquals("2023-01-09T13:30:00Z", raw.get("publishedAt").asText());
        assertEquals("https://nachrichten.example.de/politik/iran-belarus-verteidigung-123", raw.get("url").asText());
        assertEquals("de", raw.get("language").asText());
        assertEquals("html", raw.get("format").asText());
        assertTrue(raw.get("html").asText().contains("comment-form"), "the original page travels with the article");
        // the id comes from the canonical URL: the same page again is the same article, and a duplicate
        given().contentType("text/html").body(page).when().post("/api/v1/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("duplicate"));
    }

    @Test
    void aPageWithoutAnArticleIsRefused() {
        String menuOnly = "<html><head><title>Start</title></head><body><nav><a href='/'>Startseite</a>"
                + "<a href='/p'>Politik</a></nav><footer>Impressum</footer></body></html>";
        given().contentType("text/html").body(menuOnly).when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no extractable article"));
    }
}
