package io.khabar.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.query.messaging.Topics;
import io.khabar.query.service.ArticleRepository;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** articles.enriched → PostgreSQL → /api/v1/articles, through a real broker and a real database. */
@QuarkusTest
@QuarkusTestResource(KhabarStackResource.class)
class ArticleStorageAndApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    ArticleRepository articles;
    @Inject
    ReadAdmission admission;

    private TopicClient topics() {
        return new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
    }

    /**
     * The article row's large values are never compressed with pglz (migration V11): lz4 where the server has it,
     * uncompressed where it has not, as with the embedded server. A long, repetitive text is one pglz would compress.
     */
    @Test
    void largeValuesOfTheArticleRowAreNotCompressedWithPglz() throws Exception {
        String id = newId();
        ObjectNode e = event(id, "de", "2024-01-08T10:00:05Z");
        String text = ("Der Verteidigungsminister traf seinen Amtskollegen in Minsk. ").repeat(400) + id;
        e.put("text", text);
        e.put("cleanText", text);
        publish(e);
        awaitStored(id);
        Object[] methods = (Object[]) articles.getEntityManager().createNativeQuery("select"
                + " coalesce(pg_column_compression(text), 'none'), coalesce(pg_column_compression(clean_text), 'none'),"
                + " coalesce(pg_column_compression(payload), 'none'), coalesce(pg_column_compression(tsv), 'none'),"
                + " pg_column_size(text) >= octet_length(text) or pg_column_compression(text) = 'lz4'"
                + " from article where id = :id").setParameter("id", id).getSingleResult();
        for (int i = 0; i < 4; i++) {
            assertTrue(List.of("none", "lz4").contains((String) methods[i]), java.util.Arrays.toString(methods));
        }
        assertEquals(Boolean.TRUE, methods[4], "stored as it is, or with lz4");
    }

    @Test
    void storedArticleIsServedAndUnknownIdIsAProblem() throws Exception {
        String id = newId();
        publish(event(id, "fa", "2024-01-08T10:00:05Z"));
        awaitStored(id);
        given().when().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("language.code", equalTo("fa"))
                .body("text", equalTo("متن " + id));
        // the payload keeps the whole event but for the text, which the text column holds once
        Object[] stored = (Object[]) articles.getEntityManager().createNativeQuery("select text,"
                + " jsonb_exists(payload, 'text'), jsonb_exists(payload, 'cleanText'), payload ->> 'id',"
                + " payload -> 'language' ->> 'code' from article where id = :id")
                .setParameter("id", id).getSingleResult();
        assertEquals(java.util.Arrays.asList("متن " + id, false, false, id, "fa"), java.util.Arrays.asList(stored));
        given().when().get("/api/v1/articles/no-such-id").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aReadThatFindsItsLaneFullIsAnsweredServiceUnavailableWithRetryAfter() throws Exception {
        String id = newId();
        publish(event(id, "de", "2024-01-08T10:00:06Z"));
        awaitStored(id);
        // every turn of the lists' lane taken, as if that many requests were being answered
        int taken = admission.permits(ReadAdmission.Lane.INDEX).drainPermits();
        assertTrue(taken >= 1, "the lane had turns to give");
        try {
            for (String path : List.of("/api/v1/articles?limit=1", "/api/v1/articles/" + id, "/api/v1/facets",
                    "/api/v1/entities?q=Khrenin", "/api/v1/stories")) {
                given().when().get(path).then().statusCode(503).header("Retry-After", "1")
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:khabar:problem:overloaded"))
                        .body("detail", org.hamcrest.Matchers.containsString("waited 1000 ms"));
            }
            // a bad parameter is answered at once, without waiting for a turn
            given().when().get("/api/v1/articles?limit=0").then().statusCode(400);
            // full-text words have their own lane, which is free
            given().when().get("/api/v1/articles?q=Verteidigung&limit=1").then().statusCode(200);
        } finally {
            admission.permits(ReadAdmission.Lane.INDEX).release(taken);
        }
        given().when().get("/api/v1/articles/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void redeliveryNeverDuplicatesAndAnOlderEnrichmentNeverOverwritesANewerOne() throws Exception {
        String id = newId();
        ObjectNode newer = event(id, "de", "2024-01-08T10:00:10Z");
        double before = processed();
        publish(newer);
        publish(newer);
        awaitStored(id);
        ObjectNode older = event(id, "en", "2024-01-08T09:00:00Z");
        publish(older);
        awaitProcessed(before + 3); // the copy and the older one have been handled, and refused
        assertEquals(1, articles.count("id", id));
        given().when().get("/api/v1/articles/" + id).then().body("language.code", equalTo("de"));
    }

    @Test
    void aThousandArticlesRedeliveredAndReplayedOutOfOrderAreAThousandRowsOfTheirNewestVersion() throws Exception {
        String run = "replay-" + newId();
        List<String> ids = new java.util.ArrayList<>();
        List<Map.Entry<String, String>> records = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String id = newId();
            ids.add(id);
            for (String version : List.of("old", "new")) {
                ObjectNode e = event(id, "de", version.equals("old") ? "2024-01-08T09:00:00Z" : "2024-01-08T10:00:00Z");
                e.put("schemaVersion", 2).put("source", run).put("title", version + " " + id);
                ObjectNode entities = e.putObject("entities");
                entities.putArray("mentions").addObject().put("start", 0).put("end", 3).put("surface", "متن")
                        .put("type", "person").put("entityId", "test:" + version).put("confidence", 0.5)
                        .put("evidence", "title").put("stage", "entities");
                entities.putArray("sources");
                entities.putArray("entities").addObject().put("id", "test:" + version).put("type", "person")
                        .put("name", version).put("count", 1);
                String value = json.writeValueAsString(e);
                records.add(Map.entry(id, value));
                records.add(Map.entry(id, value)); // every version delivered twice
            }
        }
        java.util.Collections.shuffle(records, new java.util.Random(42)); // older after newer, in any order
        double before = processed();
        topics().sendAll(Topics.ARTICLES_ENRICHED, records);
        awaitProcessed(before + records.size()); // every record handled, the older ones refused
        await().pollInSameThread().atMost(WAIT)
                .until(() -> articles.count("source = ?1 and title like 'new %'", run) == 1000);
        assertEquals(1000, articles.count("source", run));
        assertEquals(1000, articles.count("source = ?1 and title like 'new %'", run));
        assertEquals(1000L, ((Number) articles.getEntityManager().createNativeQuery("select count(*) from mention m"
                + " join article a on a.id = m.article_id where a.source = :s and m.entity_id = 'test:new'")
                .setParameter("s", run).getSingleResult()).longValue(), "each article's mentions once, of its newest version");
        assertEquals(0L, ((Number) articles.getEntityManager().createNativeQuery("select count(*) from mention m"
                + " join article a on a.id = m.article_id where a.source = :s and m.entity_id = 'test:old'")
                .setParameter("s", run).getSingleResult()).longValue());
        // the tables refer to article without a foreign key (migration V10): no row of them may lack its article
        for (String table : List.of("article_entity", "mention", "article_country", "article_topic", "quotation",
                "keyword", "article_fingerprint", "article_band", "article_story", "story_term")) {
            assertEquals(0L, ((Number) articles.getEntityManager().createNativeQuery("select count(*) from " + table
                    + " t where not exists (select 1 from article a where a.id = t.article_id)").getSingleResult())
                    .longValue(), table + " rows without their article");
        }
    }

    @Test
    void anEntitysRowFollowsEverySightingThoughUnchangedOnesAreNotWritten() throws Exception {
        // one entity seen by six articles stored one after another: earlier, within, at the end and after the span
        // already stored, under other names and countries; sightings that change nothing are not sent (KnownEntities),
        // the others must be, each giving what the upsert's rule gives
        String entity = "test:span-" + newId();
        Object[][] sightings = {
            {"2024-03-10T00:00:00Z", "Alpha", null, "Alpha", null, "2024-03-10", "2024-03-10"},
            {"2024-03-05T00:00:00Z", "Beta", "IR", "Alpha", "IR", "2024-03-05", "2024-03-10"},
            {"2024-03-07T00:00:00Z", "Alpha", null, "Alpha", "IR", "2024-03-05", "2024-03-10"},
            {"2024-03-10T00:00:00Z", "Gamma", null, "Gamma", "IR", "2024-03-05", "2024-03-10"},
            {"2024-03-20T00:00:00Z", "Delta", "TJ", "Delta", "TJ", "2024-03-05", "2024-03-20"},
            {"2024-03-08T00:00:00Z", "Alpha", "IR", "Delta", "IR", "2024-03-05", "2024-03-20"},
        };
        for (Object[] s : sightings) {
            String id = newId();
            ObjectNode e = event(id, "de", "2024-03-21T00:00:00Z");
            e.put("schemaVersion", 2).put("publishedAt", (String) s[0]);
            ObjectNode mentioned = e.putObject("entities").putArray("entities").addObject().put("id", entity)
                    .put("type", "person").put("name", (String) s[1]).put("count", 1);
            if (s[2] != null) {
                mentioned.put("country", (String) s[2]);
            }
            publish(e);
            awaitStored(id);
            Object[] row = (Object[]) articles.getEntityManager().createNativeQuery("select name, country,"
                    + " cast(cast(first_seen at time zone 'UTC' as date) as text),"
                    + " cast(cast(last_seen at time zone 'UTC' as date) as text) from entity where id = :id")
                    .setParameter("id", entity).getSingleResult();
            assertEquals(java.util.Arrays.asList(s[3], s[4], s[5], s[6]), java.util.Arrays.asList(row),
                    "after the sighting of " + s[0] + " as " + s[1]);
        }
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndTheNextOneIsStored() throws Exception {
        String marker = newId();
        topics().send(Topics.ARTICLES_ENRICHED, "broken-" + marker, "[not, json", Map.of());
        ObjectNode noText = event("notext-" + marker, "fa", "2024-01-08T10:00:00Z");
        noText.remove("text");
        publish(noText);
        ObjectNode future = event("future-" + marker, "fa", "2024-01-08T10:00:00Z");
        future.put("schemaVersion", 3);
        publish(future);
        ObjectNode huge = event("huge-" + marker, "fa", "2024-01-08T10:00:00Z");
        huge.put("padding", "x".repeat(10_000_000)); // valid JSON, one 10 MB field
        publish(huge);
        String next = newId();
        ObjectNode version2 = event(next, "fa", "2024-01-08T10:00:00Z");
        version2.put("schemaVersion", 2);
        version2.putArray("keywords").addObject().put("phrase", "وزیر دفاع");
        publish(version2);

        TopicClient.Received dead = topics().await(Topics.ARTICLES_ENRICHED_DLQ,
                r -> ("broken-" + marker).equals(r.key()), WAIT);
        assertTrue(dead.headers().get("dead-letter-reason").contains("not valid JSON"));
        TopicClient.Received missing = topics().await(Topics.ARTICLES_ENRICHED_DLQ,
                r -> ("notext-" + marker).equals(r.key()), WAIT);
        assertTrue(missing.headers().get("dead-letter-reason").contains("'text'"));
        TopicClient.Received unknown = topics().await(Topics.ARTICLES_ENRICHED_DLQ,
                r -> ("future-" + marker).equals(r.key()), WAIT);
        assertTrue(unknown.headers().get("dead-letter-reason").contains("unsupported schemaVersion 3"));
        TopicClient.Received tooLarge = topics().await(Topics.ARTICLES_ENRICHED_DLQ,
                r -> ("huge-" + marker).equals(r.key()), WAIT);
        assertTrue(tooLarge.headers().get("dead-letter-reason").contains("over the limit of 8000000"),
                tooLarge.headers().toString());
        assertEquals(json.writeValueAsString(huge).length(), tooLarge.value().length(), "the dead letter is whole");
        awaitStored(next); // a version 2 record, with fields this service does not name, is stored
        assertEquals(0, articles.count("id", "notext-" + marker));
        assertEquals(0, articles.count("id", "huge-" + marker));
    }

    @Test
    void listIsNewestFirstFilteredByLanguageAndPagedByCursor() throws Exception {
        String lang = "ps";
        List<String> ids = List.of(newId(), newId(), newId());
        for (int i = 0; i < ids.size(); i++) {
            ObjectNode e = event(ids.get(i), lang, "2024-01-08T10:00:00Z");
            e.put("publishedAt", Instant.parse("2030-01-01T00:00:00Z").plusSeconds(i).toString());
            publish(e);
        }
        ids.forEach(this::awaitStored);
        String first = given().queryParam("language", lang).queryParam("limit", 2).when().get("/api/v1/articles")
                .then().statusCode(200).body("items", hasSize(2)).body("items.language.code", everyItem(equalTo(lang)))
                .body("items[0].id", equalTo(ids.get(2))).body("items[1].id", equalTo(ids.get(1)))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().queryParam("language", lang).queryParam("limit", 2).queryParam("cursor", first)
                .when().get("/api/v1/articles").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(ids.get(0))).body("nextCursor", nullValue());
    }

    @Test
    void readinessReflectsTheDatabaseAndTheBroker() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("khabar_query_articles_total"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        badParameter(Map.of("limit", "0"), "limit");
        badParameter(Map.of("limit", "1000"), "limit");
        badParameter(Map.of("limit", "ten"), "limit");
        badParameter(Map.of("cursor", "not-a-cursor"), "cursor");
        badParameter(Map.of("language", "Persian!"), "language");
        badParameter(Map.of("languages", "fa"), "languages"); // unknown: a misspelt filter is not ignored
        badParameter(Map.of("lang", "Farsi"), "lang");
    }

    private void badParameter(Map<String, String> params, String name) {
        given().queryParams(params).when().get("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo(name));
    }

    /**
     * Records the consumer has handled so far (stored, unchanged or dead-lettered), from its metrics: batches are
     * stored two at a time and may finish in any order, so a later record being stored says nothing of an earlier one.
     */
    private static double processed() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("khabar_query_articles_total{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static void awaitProcessed(double count) {
        await().atMost(WAIT).until(() -> processed() >= count);
    }

    private void awaitStored(String id) {
        await().atMost(WAIT).until(() -> given().when().get("/api/v1/articles/" + id).statusCode() == 200);
    }

    private void publish(ObjectNode event) throws Exception {
        topics().send(Topics.ARTICLES_ENRICHED, event.path("id").asText(), json.writeValueAsString(event), Map.of());
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A record as enrich-service writes it (articles.enriched schema version 1). */
    private ObjectNode event(String id, String language, String enrichedAt) {
        ObjectNode e = json.createObjectNode();
        e.put("schemaVersion", 1);
        e.put("eventId", UUID.randomUUID().toString());
        e.put("id", id);
        e.put("rawEventId", UUID.randomUUID().toString());
        e.put("receivedAt", "2024-01-08T09:59:00Z");
        e.put("enrichedAt", enrichedAt);
        e.put("pipelineVersion", "test");
        e.put("text", "متن " + id);
        e.put("title", "title " + id);
        e.put("source", "test");
        ObjectNode lang = e.putObject("language");
        lang.put("code", language);
        lang.put("confidence", 0.9);
        lang.put("reliable", true);
        e.putArray("stages");
        return e;
    }
}
