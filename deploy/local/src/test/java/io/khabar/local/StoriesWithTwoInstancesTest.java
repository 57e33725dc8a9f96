package io.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.khabar.stack.KhabarStack;
import io.khabar.stack.TopicClient;

/**
 * Issue 7's second must-show, with real processes: the same stream of enriched articles (many events, in two
 * languages, shuffled) stored once by one query-service and once by two query-service processes of one consumer
 * group sharing a 4-partition topic, each on its own broker and database. Both end in the same stories: no story
 * split because two members arrived at two instances at once.
 */
class StoriesWithTwoInstancesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant DAY0 = Instant.parse("2022-05-01T08:00:00Z");

    @Test
    void twoInstancesMakeTheSameStoriesAsOne() throws Exception {
        List<Map.Entry<String, String>> records = corpus(new Random(23));
        Set<Set<String>> one = stories(records, 1);
        Set<Set<String>> two = stories(records, 2);
        assertTrue(one.size() > 30 && one.size() < records.size() / 2, "stories: " + one.size());
        assertTrue(one.stream().anyMatch(s -> s.size() >= 5), "some stories have grown");
        assertEquals(one, two);
    }

    /** The stories (as sets of article ids) that {@code instances} query-service processes make of the records. */
    private static Set<Set<String>> stories(List<Map.Entry<String, String>> records, int instances) throws Exception {
        Path root = KhabarLocal.projectRoot();
        try (KhabarStack stack = KhabarStack.start(KhabarStack.Settings.ephemeral())) {
            Properties admin = new Properties();
            admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
            try (Admin a = Admin.create(admin)) {
                a.createTopics(List.of(new NewTopic("articles.enriched", 4, (short) 1))).all().get();
            }
            List<ServiceProcess> services = new ArrayList<>();
            try {
                for (int i = 0; i < instances; i++) {
                    services.add(ServiceProcess.start(root, "query-service", KhabarStack.freePort(),
                            stack.serviceEnvironment(), stack.settings().home().resolve("logs-" + i),
                            List.of("-Xmx512m", "-XX:+UseSerialGC")));
                }
                for (ServiceProcess s : services) {
                    s.awaitReady(Duration.ofMinutes(2));
                }
                new TopicClient(stack.kafkaBootstrapServers()).sendAll("articles.enriched", records);
                try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword())) {
                    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                    Map<String, String> assigned = assigned(db);
                    while (assigned.size() < records.size()) {
                        assertTrue(System.nanoTime() < deadline, instances + " instance(s): " + assigned.size()
                                + " of " + records.size() + " in stories");
                        Thread.sleep(500);
                        assigned = assigned(db);
                    }
                    Map<String, Set<String>> byStory = new HashMap<>();
                    assigned.forEach((article, story) -> byStory.computeIfAbsent(story, k -> new TreeSet<>())
                            .add(article));
                    return new HashSet<>(byStory.values());
                }
            } finally {
                services.forEach(ServiceProcess::close);
            }
        }
    }

    private static Map<String, String> assigned(Connection db) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select article_id, story_id from article_story")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /**
     * Articles of 60 events over 90 days, Persian and German; an event's reports share some of its words, and most of
     * them its people; events of one pair share a few words as well.
     */
    private static List<Map.Entry<String, String>> corpus(Random random) throws Exception {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int event = 0; event < 60; event++) {
            Instant day = DAY0.plus(Duration.ofDays(random.nextInt(90)));
            int articles = 2 + random.nextInt(9);
            for (int k = 0; k < articles; k++) {
                String language = k % 3 == 2 ? "de" : "fa";
                Map<String, Double> terms = new HashMap<>();
                for (int w = 0; w < 6; w++) {
                    terms.put(language + "-e" + event + "w" + random.nextInt(10), 1 + 2 * random.nextDouble());
                }
                terms.put("pair-" + (event / 2) + "w" + random.nextInt(3), 2.0);
                for (int n = 0; n < 12; n++) {
                    terms.put("noise" + random.nextInt(3000), 0.3 + random.nextDouble());
                }
                String id = UUID.nameUUIDFromBytes(("two-" + event + "-" + k).getBytes()).toString().replace("-", "");
                ObjectNode e = JSON.createObjectNode();
                Instant published = day.plus(Duration.ofMinutes(random.nextInt(36 * 60)));
                e.put("schemaVersion", 2).put("eventId", UUID.randomUUID().toString()).put("id", id)
                        .put("rawEventId", UUID.randomUUID().toString())
                        .put("receivedAt", published.plusSeconds(60).toString())
                        .put("enrichedAt", published.plusSeconds(90).toString()).put("pipelineVersion", "test")
                        .put("text", "text " + id).put("title", "event " + event).put("source", "two-instances")
                        .put("publishedAt", published.toString());
                e.putObject("language").put("code", language).put("confidence", 0.99).put("reliable", true);
                List<Map.Entry<String, Double>> sorted = new ArrayList<>(terms.entrySet());
                sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()));
                double norm = Math.sqrt(sorted.stream().mapToDouble(x -> x.getValue() * x.getValue()).sum());
                ObjectNode st = e.putObject("storyTerms").put("scheme", "tfidf-p6-64");
                ArrayNode t = st.putArray("terms");
                ArrayNode w = st.putArray("weights");
                sorted.forEach(x -> {
                    t.add(x.getKey());
                    w.add((float) (x.getValue() / norm));
                });
                ObjectNode entities = e.putObject("entities");
                entities.putArray("mentions");
                ArrayNode list = entities.putArray("entities");
                list.addObject().put("id", "Q" + (100 + event % 7)).put("type", "country").put("name", "c")
                        .put("count", 4);
                if (random.nextInt(4) > 0) {
                    list.addObject().put("id", "khabar:person:p" + event).put("type", "person").put("name", "p")
                            .put("count", 2 + random.nextInt(3));
                    list.addObject().put("id", "khabar:organisation:o" + event).put("type", "organisation")
                            .put("name", "o").put("count", 1 + random.nextInt(2));
                }
                e.putArray("stages");
                out.add(Map.entry(id, JSON.writeValueAsString(e)));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }
}
