package io.khabar.query.stories;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.query.config.QueryConfig;
import io.khabar.query.messaging.Topics;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Stories through the real broker and database: many articles of many events, shuffled and stored two batches at a
 * time while two more assigners compete for the lock, end in exactly the stories the rule makes of them taken all
 * at once (the connected sets of linked pairs), with the figures of each story right; and two stories that an
 * article links are merged, the old id leading to the survivor, the merge announced on the stories topic.
 */
@QuarkusTest
@QuarkusTestResource(KhabarStackResource.class)
class StoriesTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant DAY0 = Instant.parse("2021-03-01T08:00:00Z");

    @Inject
    DuplicateAssigner assigner;
    @Inject
    EntityManager em;
    @Inject
    QueryConfig config;

    /** A synthetic article: its record fields and its matcher view. */
    record Made(StoryMatcher.Article article, ObjectNode record) {
    }

    @Test
    void concurrentAssignersAndShuffledArrivalGiveTheStoriesOfTheRuleTakenAllAtOnce() throws Exception {
        Random random = new Random(11);
        String run = "stories-" + UUID.randomUUID().toString().substring(0, 8);
        List<Made> made = new ArrayList<>();
        for (int event = 0; event < 40; event++) {
            Instant day = DAY0.plus(Duration.ofDays(random.nextInt(60)));
            // two events of one day share words: their actors keep them apart, or their words are not alike enough
            int articles = 2 + random.nextInt(8);
            for (int k = 0; k < articles; k++) {
                String language = k % 3 == 2 ? "de" : "fa";
                Map<String, Double> terms = new HashMap<>();
                for (int w = 0; w < 6; w++) {
                    terms.put(language + "-e" + event + "w" + random.nextInt(10), 1 + 2 * random.nextDouble());
                }
                terms.put("shared-" + (event / 2) + "w" + random.nextInt(3), 2.0);
                for (int n = 0; n < 12; n++) {
                    terms.put("noise" + random.nextInt(3000), 0.3 + random.nextDouble());
                }
                List<Object[]> entities = new ArrayList<>();
                entities.add(new Object[] {"Q" + (event % 7 + 100), "country", 4});
                if (random.nextInt(4) > 0) {
                    entities.add(new Object[] {"khabar:person:p" + event, "person", 2 + random.nextInt(3)});
                    entities.add(new Object[] {"khabar:organisation:o" + event, "organisation", 1 + random.nextInt(2)});
                }
                made.add(make(run, language, day.plus(Duration.ofMinutes(random.nextInt(36 * 60))), terms, entities));
            }
        }
        Collections.shuffle(made, random);

        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService others = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            others.submit(() -> {
                while (sending.get()) {
                    assigner.run(); // another "instance" taking its turn at the lock
                }
            });
        }
        TopicClient topics = new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
        List<Map.Entry<String, String>> records = new ArrayList<>();
        for (Made m : made) {
            records.add(Map.entry(m.article().id(), JSON.writeValueAsString(m.record())));
        }
        topics.sendAll(Topics.ARTICLES_ENRICHED, records);
        Set<String> ids = new HashSet<>(made.stream().map(m -> m.article().id()).toList());
        try {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> stories(ids).size() == ids.size());
        } finally {
            sending.set(false);
            others.shutdown();
            others.awaitTermination(30, TimeUnit.SECONDS);
        }

        Map<String, String> actual = stories(ids);
        Set<Set<String>> expected = expectedStories(made.stream().map(Made::article).toList());
        Map<String, Set<String>> byStory = new HashMap<>();
        actual.forEach((article, story) -> byStory.computeIfAbsent(story, s -> new TreeSet<>()).add(article));
        assertEquals(expected, new HashSet<>(byStory.values()));
        assertTrue(expected.size() > 20 && expected.size() < ids.size() / 2, "stories: " + expected.size());
        assertTrue(expected.stream().anyMatch(s -> languages(made, s).size() == 2), "a story in two languages");

        for (Map.Entry<String, Set<String>> story : byStory.entrySet()) {
            JsonNode detail = JSON.readTree(given().when().get("/api/v1/stories/" + story.getKey()).then()
                    .statusCode(200).extract().asString());
            assertEquals(story.getValue().size(), detail.at("/story/memberCount").asInt(), detail.toString());
            assertEquals(story.getValue().size(), detail.at("/story/articleCount").asInt(), "no copies here");
            assertEquals(languages(made, story.getValue()), new TreeSet<>(JSON.convertValue(
                    detail.at("/story/languages"), List.class)), detail.toString());
            Set<String> members = new TreeSet<>();
            detail.get("members").forEach(group -> group.forEach(m -> members.add(m.get("id").asText())));
            assertEquals(story.getValue(), members);
        }
    }

    @Test
    void anArticleLinkingTwoStoriesMergesThemIntoTheOlderAndTheOldIdLeadsThere() throws Exception {
        String run = "merge-" + UUID.randomUUID().toString().substring(0, 8);
        Instant t = DAY0.plus(Duration.ofDays(200));
        Map<String, Double> left = Map.of(run + "a", 3.0, run + "b", 3.0, run + "c", 1.0);
        Map<String, Double> right = Map.of(run + "x", 3.0, run + "y", 3.0, run + "z", 1.0);
        Made a = make(run, "de", t, left, List.of());
        Made b = make(run, "de", t.plus(Duration.ofHours(2)), right, List.of());
        TopicClient topics = new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
        send(topics, a);
        await().atMost(WAIT).until(() -> stories(Set.of(a.article().id())).size() == 1);
        send(topics, b);
        await().atMost(WAIT).until(() -> stories(Set.of(b.article().id())).size() == 1);
        String older = stories(Set.of(a.article().id())).get(a.article().id());
        String newer = stories(Set.of(b.article().id())).get(b.article().id());
        assertNotEquals(older, newer, "unlike words: two stories");

        Map<String, Double> both = new HashMap<>(left);
        both.putAll(right);
        Made bridge = make(run, "de", t.plus(Duration.ofHours(1)), both, List.of());
        send(topics, bridge);
        Set<String> all = Set.of(a.article().id(), b.article().id(), bridge.article().id());
        await().atMost(WAIT).until(() -> new HashSet<>(stories(all).values()).equals(Set.of(older))
                && stories(all).size() == 3);
        JsonNode viaOld = JSON.readTree(given().when().get("/api/v1/stories/" + newer).then().statusCode(200)
                .extract().asString());
        assertEquals(older, viaOld.at("/story/id").asText());
        assertEquals(3, viaOld.at("/story/memberCount").asInt());
        List<String> listed = given().queryParam("story", newer).when().get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath().getList("items.story");
        assertEquals(List.of(older, older, older), listed, "the story filter follows the merge, the list shows it");
        TopicClient.Received merged = topics.await(Topics.STORIES, r -> r.key().equals(newer)
                && r.value().contains("\"story.merged\""), WAIT);
        assertEquals(older, JSON.readTree(merged.value()).at("/payload/mergedInto").asText());
        TopicClient.Received grown = topics.await(Topics.STORIES, r -> r.key().equals(older)
                && r.value().contains(bridge.article().id()), WAIT);
        JsonNode event = JSON.readTree(grown.value());
        assertEquals("story.updated", event.get("type").asText());
        assertEquals(3, event.at("/payload/memberCount").asInt(), grown.value());
        assertTrue(event.at("/payload/mergedFrom").toString().contains(newer), grown.value());
    }

    @Test
    void aVectorKeptAsTermsBeforeTheKeysIsReadAsKeysAndLinks() throws Exception {
        String run = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        Instant t = DAY0.plus(Duration.ofDays(300));
        Map<String, Double> words = Map.of(run + "a", 3.0, run + "b", 2.0, run + "c", 1.0);
        Made old = make(run, "de", t, words, List.of());
        TopicClient topics = new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers());
        send(topics, old);
        await().atMost(WAIT).until(() -> stories(Set.of(old.article().id())).size() == 1);
        // the row as migration V12 found it: the terms' text, no keys
        int rewritten = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update article_story"
                + " set terms = string_to_array(:terms, ','), term_keys = null where article_id = :id")
                .setParameter("terms", run + "a," + run + "b," + run + "c").setParameter("id", old.article().id())
                .executeUpdate());
        assertEquals(1, rewritten);
        Made later = make(run, "de", t.plus(Duration.ofHours(3)), words, List.of());
        send(topics, later);
        await().atMost(WAIT).until(() -> stories(Set.of(later.article().id())).size() == 1);
        assertEquals(stories(Set.of(old.article().id())).get(old.article().id()),
                stories(Set.of(later.article().id())).get(later.article().id()),
                "alike words: one story, the older vector read from its terms");
        Object[] kept = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("select"
                + " cast(term_keys as text), terms is null from article_story where article_id = :id")
                .setParameter("id", later.article().id()).getSingleResult());
        long[] keys = later.article().terms().keys();
        assertEquals("{" + keys[0] + "," + keys[1] + "," + keys[2] + "}", kept[0], "a new row keeps the keys");
        assertEquals(true, kept[1], "and not the terms' text");
    }

    private Set<Set<String>> expectedStories(List<StoryMatcher.Article> articles) {
        StoryMatcher matcher = StoryMatcher.of(config.stories());
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                if (matcher.link(articles.get(i), articles.get(j)).isPresent()) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            out.computeIfAbsent(find(parent, i), k -> new TreeSet<>()).add(articles.get(i).id());
        }
        return new HashSet<>(out.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i] = parent[parent[i]];
        }
        return i;
    }

    private static Set<String> languages(List<Made> made, Set<String> ids) {
        Set<String> out = new TreeSet<>();
        made.stream().filter(m -> ids.contains(m.article().id())).forEach(m -> out.add(m.article().language()));
        return out;
    }

    private Map<String, String> stories(Set<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select article_id, story_id from article_story"
                    + " where article_id in (:ids)").setParameter("ids", ids).getResultList();
            Map<String, String> out = new HashMap<>();
            rows.forEach(r -> out.put((String) r[0], (String) r[1]));
            return out;
        });
    }

    private static void send(TopicClient topics, Made m) throws Exception {
        topics.send(Topics.ARTICLES_ENRICHED, m.article().id(), JSON.writeValueAsString(m.record()), Map.of());
    }

    /** A schema version 2 record with these story terms (heaviest first, unit length) and entities. */
    private static Made make(String run, String language, Instant published, Map<String, Double> terms,
                             List<Object[]> entities) {
        String id = UUID.randomUUID().toString().replace("-", "");
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(terms.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        double norm = Math.sqrt(sorted.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        ObjectNode e = JSON.createObjectNode();
        e.put("schemaVersion", 2).put("eventId", UUID.randomUUID().toString()).put("id", id)
                .put("rawEventId", UUID.randomUUID().toString()).put("receivedAt", published.plusSeconds(60).toString())
                .put("enrichedAt", published.plusSeconds(90).toString()).put("pipelineVersion", "test")
                .put("text", "text " + id).put("title", "story test").put("source", run)
                .put("publishedAt", published.toString());
        e.putObject("language").put("code", language).put("confidence", 0.99).put("reliable", true);
        ObjectNode st = e.putObject("storyTerms").put("scheme", "tfidf-p6-64");
        ArrayNode t = st.putArray("terms");
        ArrayNode w = st.putArray("weights");
        String[] termArray = new String[sorted.size()];
        float[] weightArray = new float[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            termArray[i] = sorted.get(i).getKey();
            weightArray[i] = (float) (sorted.get(i).getValue() / norm);
            t.add(termArray[i]);
            w.add(weightArray[i]);
        }
        ObjectNode ents = e.putObject("entities");
        ents.putArray("mentions");
        ArrayNode list = ents.putArray("entities");
        for (Object[] en : entities) {
            list.addObject().put("id", (String) en[0]).put("type", (String) en[1]).put("name", (String) en[0])
                    .put("count", (Integer) en[2]);
        }
        e.putArray("stages");
        StoryMatcher.Article article = new StoryMatcher.Article(id, language, published,
                new StoryTerms("tfidf-p6-64", termArray, weightArray), StoryEntities.of(list));
        return new Made(article, e);
    }
}
