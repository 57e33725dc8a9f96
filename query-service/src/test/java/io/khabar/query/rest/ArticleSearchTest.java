package io.khabar.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.query.messaging.Topics;
import io.khabar.query.search.ArticleFilter;
import io.khabar.query.search.FacetCounts;
import io.khabar.query.search.FacetIndexSync;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every filter of {@code GET /api/v1/articles} alone and combined, full-text search in Persian and German, and entity
 * search by names in three scripts, over version 2 records sent through the real broker into the real database.
 */
@QuarkusTest
@QuarkusTestResource(KhabarStackResource.class)
class ArticleSearchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Marks this run's articles: every list request filters on it, through the source. */
    private static final String RUN = "run-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String KHRENIN = "khabar:person:viktor-khrenin";
    /** A topic of this run's own, with labels in three languages (the other topics' only label is their id). */
    private static final String TOPIC = "khabar:topic:test-" + RUN;
    private static final Map<String, Map<String, String>> TOPIC_LABELS = Map.of(TOPIC,
            Map.of("en", "test topic", "fa", "موضوع آزمایشی", "ru", "тестовая тема"));
    private static final String ASHTIANI = "khabar:person:mohammad-reza-ashtiani";

    @Inject
    FacetCounts facets;
    @Inject
    FacetIndexSync sync;

    private static String fa1;
    private static String fa2;
    private static String de1;
    private static String ru1;

    /** Once per class, in the running application (a static {@code @BeforeAll} runs before its HTTP port is known). */
    @BeforeEach
    void publish() throws Exception {
        if (fa1 != null) {
            return;
        }
        fa1 = article("fa", "2023-07-31T08:00:00Z", "گسترش همکاریهای دفاعی ایران و بلاروس",
                "وزیر دفاع بلاروس ویکتور خرنین در تهران با آشتیانی دیدار کرد و بر گسترش همکاریهای دفاعی تاکید شد.",
                List.of(entity(KHRENIN, "person", "خرنین", null, Map.of("fa", List.of("ویکتور خرنین", "خرنین"),
                                "en", List.of("Viktor Khrenin"), "ru", List.of("Виктор Хренин"))),
                        entity(ASHTIANI, "person", "آشتیانی", "IR", Map.of("fa", List.of("آشتیانی"))),
                        entity("Q184", "country", "بلاروس", "BY", Map.of("fa", List.of("بلاروس"))),
                        entity("Q794", "country", "ایران", "IR", Map.of("fa", List.of("ایران")))),
                List.of("medtop:16000000", "medtop:11000000"));
        fa2 = article("fa", "2023-08-15T08:00:00Z", "دیدار وزیران تاجیکستان و ایران",
                "وزیر دفاع ایران با همتای تاجیک خود درباره همکاری‌های مرزی گفتگو کرد.",
                List.of(entity(ASHTIANI, "person", "آشتیانی", "IR", Map.of("fa", List.of("آشتیانی"))),
                        entity("Q863", "country", "تاجیکستان", "TJ", Map.of("fa", List.of("تاجیکستان")))),
                List.of("medtop:11000000"));
        de1 = article("de", "2023-07-31T12:00:00Z", "Iran und Belarus vertiefen Zusammenarbeit",
                "Der belarussische Verteidigungsminister Viktor Chrenin traf in Teheran seinen iranischen Amtskollegen.",
                List.of(entity(KHRENIN, "person", "Viktor Chrenin", null, Map.of("de", List.of("Viktor Chrenin"),
                                "en", List.of("Viktor Khrenin"))),
                        entity("Q184", "country", "Belarus", "BY", Map.of("de", List.of("Belarus")))),
                List.of("medtop:16000000"));
        ru1 = article("ru", "2023-08-01T09:00:00Z", "Хренин в Тегеране",
                "Министр обороны Белоруссии Виктор Хренин встретился в Тегеране с иранскими коллегами.",
                List.of(entity(KHRENIN, "person", "Виктор Хренин", null, Map.of("ru", List.of("Виктор Хренин")))),
                List.of("medtop:11000000"));
        for (String id : List.of(fa1, fa2, de1, ru1)) {
            await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + id).statusCode() == 200);
        }
    }

    @Test
    void eachFilterAloneSelectsItsArticles() {
        ids(Map.of()).body("items.id", contains(fa2, ru1, de1, fa1)); // newest first by publication
        ids(Map.of("language", "fa")).body("items.id", contains(fa2, fa1));
        ids(Map.of("entity", KHRENIN)).body("items.id", contains(ru1, de1, fa1));
        ids(Map.of("country", "TJ")).body("items.id", contains(fa2));
        ids(Map.of("country", "by")).body("items.id", contains(de1, fa1));
        ids(Map.of("topic", "medtop:16000000")).body("items.id", contains(de1, fa1));
        ids(Map.of("from", "2023-08-01")).body("items.id", contains(fa2, ru1));
        ids(Map.of("to", "2023-07-31")).body("items.id", contains(de1, fa1));
        ids(Map.of("from", "2023-07-31T10:00:00Z", "to", "2023-08-01T09:00:00Z")).body("items.id", contains(de1));
        ids(Map.of("q", "Verteidigungsminister")).body("items.id", contains(de1));
    }

    @Test
    void filtersCombine() {
        ids(Map.of("entity", KHRENIN, "language", "fa")).body("items.id", contains(fa1));
        ids(Map.of("entity", ASHTIANI, "country", "BY")).body("items.id", contains(fa1));
        ids(Map.of("topic", "medtop:11000000", "from", "2023-08-01", "language", "fa")).body("items.id", contains(fa2));
        given().queryParam("source", RUN).queryParam("entity", KHRENIN).queryParam("entity", ASHTIANI)
                .when().get("/api/v1/articles").then().statusCode(200).body("items.id", contains(fa1));
        given().queryParam("source", RUN).queryParam("language", "de").queryParam("language", "ru")
                .when().get("/api/v1/articles").then().statusCode(200).body("items.id", contains(ru1, de1));
        ids(Map.of("q", "خرنین", "country", "TJ")).body("items", hasSize(0));
    }

    @Test
    void persianSearchIgnoresZeroWidthNonJoinersAndGermanSearchIsStemmed() {
        // fa1 has «همکاریهای» (no ZWNJ), fa2 «همکاری‌های» (with one): each spelling finds both
        ids(Map.of("q", "همکاری\u200Cهای")).body("items.id", containsInAnyOrder(fa1, fa2));
        ids(Map.of("q", "همکاریهای")).body("items.id", containsInAnyOrder(fa1, fa2));
        // Arabic letter forms of Persian words: ي and ك
        ids(Map.of("q", "تاجيكستان")).body("items.id", contains(fa2));
        ids(Map.of("q", "verteidigungsministers")).body("items.id", contains(de1));
        ids(Map.of("q", "Zusammenarbeit", "sort", "relevance")).body("items.id", contains(de1));
        ids(Map.of("q", "\"iranischen Amtskollegen\"")).body("items.id", contains(de1));
        ids(Map.of("q", "Teheran -Chrenin")).body("items", hasSize(0));
    }

    @Test
    void anEntityIsFoundByItsNameInEveryScriptOnce() {
        for (String name : List.of("Khrenin", "خرنین", "Хренин", "viktor chrenin", "KHRENIN")) {
            given().queryParam("q", name).when().get("/api/v1/entities").then().statusCode(200)
                    .body("items.findAll { it.id == '" + KHRENIN + "' }", hasSize(1));
        }
        given().queryParam("q", "Хренин").queryParam("type", "country").when().get("/api/v1/entities").then()
                .statusCode(200).body("items.findAll { it.id == '" + KHRENIN + "' }", hasSize(0));
        // and the articles of an entity can be asked for by any of its names
        ids(Map.of("entity", "Хренин")).body("items.id", contains(ru1, de1, fa1));
        ids(Map.of("entity", "خرنین")).body("items.id", contains(ru1, de1, fa1));
        given().when().get("/api/v1/entities/" + KHRENIN).then().statusCode(200)
                .body("type", equalTo("person")).body("articles", hasItemCount(3))
                .body("names.ru", hasItem("Виктор Хренин")).body("names.fa", hasItem("خرنین"))
                .body("firstSeen", equalTo("2023-07-31T08:00:00Z")).body("lastSeen", equalTo("2023-08-01T09:00:00Z"))
                .body("coOccurring.id", hasItem("Q184"));
        given().when().get("/api/v1/entities/no-such-entity").then().statusCode(404);
    }

    @Test
    void anArticleComesWithItsTagsAndOnRequestItsSpans() {
        given().queryParam("spans", "true").when().get("/api/v1/articles/" + fa1).then().statusCode(200)
                .body("entities.id", hasItem(KHRENIN)).body("countries", contains("BY", "IR"))
                .body("topics.id", containsInAnyOrder("medtop:16000000", "medtop:11000000"))
                .body("spans.findAll { it.kind == 'mention' }.entityId", hasItem(KHRENIN))
                // what the page marks beyond mentions and quotations, at offsets of text, from the stored payload
                .body("removed[0].reason", equalTo("test-rule")).body("removed[0].end", equalTo(4))
                .body("dates[0].calendar", equalTo("persian")).body("dates[0].start", equalTo(5))
                .body("attribution.credits[0].name", equalTo("IRNA"));
        given().when().get("/api/v1/articles/" + fa1).then().statusCode(200).body("spans", org.hamcrest.Matchers.nullValue())
                .body("removed", org.hamcrest.Matchers.nullValue()).body("dates", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aListOnRequestCarriesEachArticlesTopEntitiesTopicsAndTheStartOfItsText() {
        var page = given().queryParam("source", RUN).queryParam("language", "fa").queryParam("tags", "true")
                .when().get("/api/v1/articles").then().statusCode(200).extract();
        assertEquals(List.of(fa2, fa1), page.path("items.id"));
        // fa1's three most mentioned entities, in the order of the article's own list, and its two topics
        List<String> all = given().when().get("/api/v1/articles/" + fa1).then().extract().path("entities.id");
        assertEquals(all.subList(0, 3), page.path("items[1].entities.id"));
        assertEquals(2, page.<List<?>>path("items[1].topics").size());
        String snippet = page.path("items[1].snippet");
        assertTrue(snippet.startsWith("وزیر دفاع بلاروس"), snippet);
        given().queryParam("source", RUN).when().get("/api/v1/articles").then().statusCode(200)
                .body("items[0].entities", org.hamcrest.Matchers.nullValue())
                .body("items[0].snippet", org.hamcrest.Matchers.nullValue());
        given().queryParam("tags", "yes").when().get("/api/v1/articles").then().statusCode(400)
                .body("field", equalTo("tags"));
        // the page takes a name that is exactly an entity's name for that entity, and other text for words
        given().queryParam("q", "viktor khrenin").when().get("/api/v1/entities").then().statusCode(200)
                .body("items[0].id", equalTo(KHRENIN)).body("items[0].exact", equalTo(true));
        given().queryParam("q", "Khren").when().get("/api/v1/entities").then().statusCode(200)
                .body("items[0].id", equalTo(KHRENIN)).body("items[0].exact", equalTo(false));
        // an entity's recent articles come the same way
        given().when().get("/api/v1/entities/" + KHRENIN).then().statusCode(200)
                .body("recentArticles.find { it.id == '" + fa1 + "' }.snippet", equalTo(
                        given().when().get("/api/v1/articles/" + fa1).then().extract().<String>path("cleanText")))
                .body("recentArticles.find { it.id == '" + fa1 + "' }.entities.size()", equalTo(3));
    }

    @Test
    void countriesHaveTheirNumericCodesAndTheirNamesInTheLanguageAskedFor() {
        given().queryParam("lang", "fa").when().get("/api/v1/countries").then().statusCode(200)
                .body("items.find { it.code == 'IR' }.numeric", equalTo("364"))
                .body("items.find { it.code == 'BY' }.numeric", equalTo("112"))
                .body("items.find { it.code == 'BY' }.name", equalTo("بلاروس"));
        given().when().get("/api/v1/countries").then().statusCode(200)
                .body("items.find { it.code == 'DE' }.name", equalTo("Germany"))
                .body("items.size()", org.hamcrest.Matchers.greaterThan(240));
        given().queryParam("lang", "Persian").when().get("/api/v1/countries").then().statusCode(400)
                .body("field", equalTo("lang"));
        given().queryParam("colour", "red").when().get("/api/v1/countries").then().statusCode(400)
                .body("field", equalTo("colour"));
    }

    @Test
    void facetsCountTheFilteredArticlesByEveryDimension() {
        given().queryParam("source", RUN).when().get("/api/v1/facets").then().statusCode(200)
                .body("total", equalTo(4))
                .body("languages.find { it.value == 'fa' }.articles", equalTo(2))
                .body("languages.find { it.value == 'ru' }.articles", equalTo(1))
                .body("sources[0].value", equalTo(RUN)).body("sources[0].articles", equalTo(4))
                .body("topics[0].value", equalTo("medtop:11000000")).body("topics[0].articles", equalTo(3))
                .body("topics[1].value", equalTo("medtop:16000000")).body("topics[1].articles", equalTo(2))
                .body("countries.find { it.value == 'BY' }.articles", equalTo(2))
                .body("countries.find { it.value == 'TJ' }.articles", equalTo(1))
                .body("entities[0].value", equalTo(KHRENIN)).body("entities[0].articles", equalTo(3))
                .body("entities[0].type", equalTo("person"))
                .body("days.day", contains("2023-07-31", "2023-08-01", "2023-08-15"))
                .body("days.articles", contains(2, 1, 1));
        given().queryParam("source", RUN).queryParam("entity", "Хренин").queryParam("size", 1).when()
                .get("/api/v1/facets").then().statusCode(200).body("total", equalTo(3))
                .body("languages", hasSize(1)).body("entities[0].value", equalTo(KHRENIN));
        given().queryParam("size", 0).when().get("/api/v1/facets").then().statusCode(400)
                .body("field", equalTo("size"));
        given().queryParam("sort", "time").when().get("/api/v1/facets").then().statusCode(400)
                .body("field", equalTo("sort"));
    }

    @Test
    void facetsFromTheInMemoryIndexAreThoseThatPostgresqlCounts() throws Exception {
        await().atMost(WAIT).until(() -> sync.upTo(System.nanoTime()).isPresent());
        Optional<String> none = Optional.empty();
        List<ArticleFilter> filters = List.of(
                filter(none, List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty()),
                filter(none, List.of("fa", "ru"), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty()),
                filter(none, List.of(), List.of("Хренин"), List.of(), List.of(), Optional.empty(), Optional.empty()),
                filter(none, List.of(), List.of(KHRENIN, ASHTIANI), List.of(), List.of(), Optional.empty(),
                        Optional.empty()),
                filter(none, List.of(), List.of("no such entity"), List.of(), List.of(), Optional.empty(),
                        Optional.empty()),
                filter(none, List.of(), List.of(), List.of("BY"), List.of("medtop:16000000"), Optional.empty(),
                        Optional.empty()),
                filter(none, List.of(), List.of(), List.of(), List.of("medtop:11000000"),
                        Optional.of(Instant.parse("2023-07-31T08:00:00Z")),
                        Optional.of(Instant.parse("2023-08-15T08:00:00Z"))),
                filter(Optional.of("همکاریهای"), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                        Optional.empty()),
                filter(Optional.of("Teheran"), List.of("de"), List.of(KHRENIN), List.of(), List.of(), Optional.empty(),
                        Optional.empty()));
        for (ArticleFilter f : filters) {
            assertEquals(facets.inDatabase(f, 10, "en"), facets.count(f, 10, "en"), f.toString());
        }
        // the one filter without this run's source counts the whole database, which earlier tests may still fill
        ArticleFilter everything = new ArticleFilter(none, List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty());
        await().atMost(WAIT).pollInSameThread().until(() -> facets.inDatabase(everything, 5, "fa").equals(facets.count(everything, 5, "fa")));
        assertTrue(facets.count(filters.get(0), 10, "en").total() == 4);

        // an article stored again with other tags is counted with its new tags only
        String run2 = RUN + "-again";
        String id = article(UUID.randomUUID().toString().replace("-", ""), "2024-01-08T10:00:00Z", run2, "fa",
                "2023-09-01T08:00:00Z", "تاجیکستان", "تاجیکستان", List.of(entity("Q863", "country", "تاجیکستان", "TJ",
                        Map.of("fa", List.of("تاجیکستان")))), List.of("medtop:11000000"));
        await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + id).statusCode() == 200);
        article(id, "2024-01-09T10:00:00Z", run2, "fa", "2023-09-02T08:00:00Z", "بلاروس", "بلاروس",
                List.of(entity("Q184", "country", "بلاروس", "BY", Map.of("fa", List.of("بلاروس")))),
                List.of("medtop:16000000"));
        await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + id).then().extract()
                .path("countries").equals(List.of("BY")));
        ArticleFilter again = new ArticleFilter(none, List.of(), List.of(), List.of(), List.of(), List.of(run2),
                Optional.empty(), Optional.empty());
        FacetCounts.Facets counted = facets.count(again, 10, "en");
        assertEquals(facets.inDatabase(again, 10, "en"), counted);
        assertEquals(List.of(new FacetCounts.Count("Q184", "بلاروس", "country", 1)), counted.entities());
        assertEquals(List.of(new FacetCounts.Day(java.time.LocalDate.parse("2023-09-02"), 1)), counted.days());
        assertEquals("medtop:16000000", counted.topics().get(0).value());
    }

    private static ArticleFilter filter(Optional<String> q, List<String> languages, List<String> entities,
                                        List<String> countries, List<String> topics, Optional<Instant> from,
                                        Optional<Instant> to) {
        return new ArticleFilter(q, languages, entities, countries, topics, List.of(RUN), from, to);
    }

    @Test
    void entitiesAndTopicsAreNamedInTheLanguageAskedForAndOtherwiseByTheStoredName() throws Exception {
        String person = "khabar:person:~test-" + RUN;
        String other = "khabar:person:~other-" + RUN;
        // a source of its own, so that the other tests' counts of this run's articles stay as they are
        String id = article(UUID.randomUUID().toString().replace("-", ""), "2024-01-08T10:00:00Z", "names-" + RUN,
                "de", "2023-09-01T08:00:00Z", "Sprecherin", "Sabine Krautwurst und Jana Quell sprachen.",
                List.of(entity(person, "person", "Sabine Krautwurst", null, Map.of(
                                "de", List.of("Sabine Krautwurst", "Krautwurst"), "en", List.of("Sabine Krautwurst"),
                                "fa", List.of("زابینه کراوت‌وورست", "کراوت‌وورست"), "ru", List.of("Сабина Краутвурст"))),
                        entity(other, "person", "Jana Quell", null, Map.of("de", List.of("Jana Quell")))),
                List.of(TOPIC));
        await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + id).statusCode() == 200);
        String find = "find { it.id == '" + person + "' }.name";
        String findOther = "find { it.id == '" + other + "' }.name";
        // the language's first name (the knowledge base's canonical one), not its shortest
        given().queryParam("lang", "fa").when().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("entities." + find, equalTo("زابینه کراوت‌وورست"))
                .body("entities." + findOther, equalTo("Jana Quell"));
        given().when().get("/api/v1/articles/" + id).then().body("entities." + find, equalTo("Sabine Krautwurst"))
                .body("topics[0].label", equalTo("test topic"));
        // topics likewise, by the labels the enrichment gave; a language without one keeps the article's label
        given().queryParam("lang", "fa").when().get("/api/v1/articles/" + id).then()
                .body("topics[0].label", equalTo("موضوع آزمایشی"));
        given().queryParam("lang", "de").when().get("/api/v1/articles/" + id).then()
                .body("topics[0].label", equalTo(TOPIC));
        given().queryParam("topic", TOPIC).queryParam("lang", "ru").when().get("/api/v1/facets").then()
                .statusCode(200).body("topics.find { it.value == '" + TOPIC + "' }.label", equalTo("тестовая тема"));
        given().queryParam("source", "names-" + RUN).queryParam("tags", "true").queryParam("lang", "ru").when()
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.entities." + find, equalTo("Сабина Краутвурст"))
                .body("items.find { it.id == '" + id + "' }.topics[0].label", equalTo("тестовая тема"));
        given().queryParam("q", "Krautwurst").queryParam("lang", "ru").when().get("/api/v1/entities").then()
                .statusCode(200).body("items." + find, equalTo("Сабина Краутвурст"));
        given().queryParam("lang", "fa").when().get("/api/v1/entities/" + person).then().statusCode(200)
                .body("name", equalTo("زابینه کراوت‌وورست"))
                .body("names.fa", contains("زابینه کراوت‌وورست", "کراوت‌وورست"))
                .body("coOccurring." + findOther, equalTo("Jana Quell"))
                .body("recentArticles[0].entities." + find, equalTo("زابینه کراوت‌وورست"));
        // and the story the article is in names its entities so too
        String story = await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + id).then()
                .extract().<String>path("story.id"), java.util.Objects::nonNull);
        given().queryParam("lang", "fa").when().get("/api/v1/stories/" + story).then().statusCode(200)
                .body("entities." + find, equalTo("زابینه کراوت‌وورست"));
        given().queryParam("entity", person).queryParam("lang", "ru").when().get("/api/v1/facets").then()
                .statusCode(200).body("entities.find { it.value == '" + person + "' }.label",
                        equalTo("Сабина Краутвурст"));
        FacetCounts.Facets inDatabase = facets.inDatabase(new ArticleFilter(Optional.empty(), List.of(),
                List.of(person), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty()), 10, "fa");
        assertEquals("زابینه کراوت‌وورست", inDatabase.entities().stream().filter(c -> c.value().equals(person))
                .findFirst().orElseThrow().label());
        assertEquals("موضوع آزمایشی", inDatabase.topics().stream().filter(c -> c.value().equals(TOPIC))
                .findFirst().orElseThrow().label());
        for (String path : List.of("/api/v1/articles/" + id, "/api/v1/entities/" + person, "/api/v1/facets",
                "/api/v1/articles")) {
            given().queryParam("lang", "persian").when().get(path).then().statusCode(400).body("field", equalTo("lang"));
        }
        given().queryParam("q", "Krautwurst").queryParam("lang", "").when().get("/api/v1/entities").then()
                .statusCode(400).body("field", equalTo("lang"));
        given().queryParam("names", "fa").when().get("/api/v1/entities/" + person).then().statusCode(400)
                .body("field", equalTo("names"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        for (Map<String, String> p : List.of(Map.of("from", "yesterday"), Map.of("to", "2023-13-01"),
                Map.of("country", "Iran"), Map.of("sort", "random"), Map.of("sort", "relevance"),
                Map.of("q", " "), Map.of("entity", ""), Map.of("from", "2023-08-02", "to", "2023-08-01"))) {
            String name = p.containsKey("sort") ? "sort" : p.containsKey("to") && p.containsKey("from") ? "to"
                    : p.keySet().iterator().next();
            given().queryParams(p).log().ifValidationFails().when().get("/api/v1/articles").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo(name));
        }
        String timeCursor = given().queryParam("source", RUN).queryParam("limit", 1).when().get("/api/v1/articles")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("q", "Teheran").queryParam("sort", "relevance").queryParam("cursor", timeCursor)
                .when().get("/api/v1/articles").then().statusCode(400).body("field", equalTo("cursor"));
        given().when().get("/api/v1/entities").then().statusCode(400).body("field", equalTo("q"));
        given().queryParam("q", "x").queryParam("type", "planet").when().get("/api/v1/entities").then()
                .statusCode(400).body("field", equalTo("type"));
        given().queryParam("spans", "yes").when().get("/api/v1/articles/" + fa1).then().statusCode(400)
                .body("field", equalTo("spans"));
        // what PostgreSQL cannot take: a NUL character, a time beyond its calendar
        given().urlEncodingEnabled(false).when().get("/api/v1/articles?q=Tehe%00ran").then().statusCode(400)
                .body("field", equalTo("q"));
        given().urlEncodingEnabled(false).when().get("/api/v1/articles?entity=%00").then().statusCode(400)
                .body("field", equalTo("entity"));
        given().queryParam("from", "+300000-01-01T00:00:00Z").when().get("/api/v1/articles").then().statusCode(400)
                .body("field", equalTo("from"));
        given().urlEncodingEnabled(false).when().get("/api/v1/articles/abc%00").then().statusCode(404);
        given().urlEncodingEnabled(false).when().get("/api/v1/entities/abc%00").then().statusCode(404);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        assertEquals(List.of(fa2, ru1, de1, fa1), allPages("source", RUN, 1));
    }

    /** The ids of every page of the list for one parameter, following {@code nextCursor}. */
    private static List<String> allPages(String parameter, String value, int limit) {
        String cursor = null;
        List<String> seen = new java.util.ArrayList<>();
        do {
            var request = given().queryParam(parameter, value).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var r = request.when().get("/api/v1/articles").then().statusCode(200).extract();
            seen.addAll(r.path("items.id"));
            cursor = r.path("nextCursor");
        } while (cursor != null);
        return seen;
    }

    @Test
    void wordsNewestFirstPageThroughMonthsAndYearsWithoutGapsOrRepeats() throws Exception {
        // the newest articles of the database, so that the month and year read first hold only some of them
        String word = "Zyxquorb" + RUN.substring(4);
        String source = RUN + "-words";
        List<String> expected = new java.util.ArrayList<>();
        for (String published : List.of("2031-01-01T00:00:00Z", "2030-12-20T00:00:00Z", "2030-11-20T00:00:00Z",
                "2030-09-01T00:00:00Z", "2029-11-01T00:00:00Z", "2028-01-01T00:00:00Z")) {
            String id = article(UUID.randomUUID().toString().replace("-", ""), "2024-01-08T10:00:00Z", source, "de",
                    published, "Bericht", "Ein Bericht über " + word + " und anderes.", List.of(), List.of());
            expected.add(id);
        }
        for (String id : expected) {
            await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + id).statusCode() == 200);
        }
        for (int limit : List.of(1, 2, 4, 6, 7)) {
            assertEquals(expected, allPages("q", word, limit), "limit " + limit);
        }
        given().queryParam("q", word).queryParam("to", "2030-11-30").queryParam("limit", 2).when()
                .get("/api/v1/articles").then().statusCode(200).body("items.id", contains(expected.get(2),
                        expected.get(3)));
        given().queryParam("q", word).queryParam("from", "2030-10-01").queryParam("limit", 5).when()
                .get("/api/v1/articles").then().statusCode(200).body("items.id", contains(expected.get(0),
                        expected.get(1), expected.get(2))).body("nextCursor", org.hamcrest.Matchers.nullValue());
    }

    private static org.hamcrest.Matcher<Integer> hasItemCount(int n) {
        return equalTo(n);
    }

    private static ValidatableResponse ids(Map<String, String> params) {
        return given().queryParam("source", RUN).queryParams(params).when().get("/api/v1/articles").then()
                .statusCode(200);
    }

    private static ObjectNode entity(String id, String type, String name, String country,
                                     Map<String, List<String>> names) {
        ObjectNode e = JSON.createObjectNode().put("id", id).put("type", type).put("name", name).put("count", 1);
        if (country != null) {
            e.put("country", country);
        }
        e.set("names", JSON.valueToTree(names));
        return e;
    }

    /** A schema version 2 record with entities, topics, one mention per entity; returns its id. */
    private static String article(String language, String published, String title, String text,
                                  List<ObjectNode> entities, List<String> topics) throws Exception {
        return article(UUID.randomUUID().toString().replace("-", ""), "2024-01-08T10:00:00Z", RUN, language,
                published, title, text, entities, topics);
    }

    /** {@link #article(String, String, String, String, List, List)} with its id, enrichment time and source. */
    private static String article(String id, String enrichedAt, String source, String language, String published,
                                  String title, String text, List<ObjectNode> entities, List<String> topics)
            throws Exception {
        ObjectNode e = JSON.createObjectNode();
        e.put("schemaVersion", 2).put("eventId", UUID.randomUUID().toString()).put("id", id)
                .put("rawEventId", UUID.randomUUID().toString()).put("receivedAt", "2024-01-08T09:59:00Z")
                .put("enrichedAt", enrichedAt).put("pipelineVersion", "test").put("text", text)
                .put("title", title).put("source", source).put("publishedAt", published);
        e.putObject("language").put("code", language).put("confidence", 0.99).put("reliable", true);
        e.putObject("publication").put("value", published).put("provenance", "supplied").put("stage", "dates");
        e.put("cleanText", text);
        ObjectNode ents = e.putObject("entities");
        ArrayNode mentions = ents.putArray("mentions");
        for (ObjectNode entity : entities) {
            String surface = entity.get("name").asText();
            int start = text.indexOf(surface);
            if (start >= 0) {
                mentions.addObject().put("start", start).put("end", start + surface.length()).put("surface", surface)
                        .put("type", entity.get("type").asText()).put("entityId", entity.get("id").asText())
                        .put("confidence", 0.9).put("evidence", "gazetteer").put("stage", "entities");
            }
        }
        ents.putArray("sources");
        ents.putArray("entities").addAll(entities);
        ArrayNode t = e.putArray("topics");
        topics.forEach(topic -> {
            ObjectNode node = t.addObject().put("id", topic).put("label", topic).put("score", 0.8).put("stage", "topics");
            node.putArray("evidence");
            if (TOPIC_LABELS.containsKey(topic)) {
                node.set("labels", JSON.valueToTree(TOPIC_LABELS.get(topic)));
            }
        });
        if (text.length() >= 10) {
            // what the tables do not hold, and the article API gives from the payload with spans: a removed line, a date
            ObjectNode cleaning = e.putObject("cleaning");
            cleaning.putArray("removed").addObject().put("start", 0).put("end", 4).put("text", text.substring(0, 4))
                    .put("reason", "test-rule").put("stage", "cleaning");
            cleaning.putArray("paragraphs").addObject().put("start", 0).put("end", text.length());
            ObjectNode dates = e.putObject("dates").put("stage", "dates");
            dates.putArray("mentions").addObject().put("start", 5).put("end", 9).put("surface", text.substring(5, 9))
                    .put("kind", "absolute").put("calendar", "persian").put("granularity", "day").put("confidence", 0.8);
            ObjectNode attribution = e.putObject("attribution");
            attribution.putArray("credits").addObject().put("start", 0).put("end", 4).put("role", "outlet")
                    .put("name", "IRNA").put("confidence", 0.9).put("evidence", "source-line").put("stage", "attribution");
            attribution.putArray("phrases");
        }
        e.putArray("stages");
        new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers())
                .send(Topics.ARTICLES_ENRICHED, id, JSON.writeValueAsString(e), Map.of());
        return id;
    }
}
