package io.khabar.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.query.messaging.Topics;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Server-Sent Events of newly stored articles, filtered, and resumed after a reconnect with Last-Event-ID. */
@QuarkusTest
@QuarkusTestResource(KhabarStackResource.class)
class ArticleStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/articles/stream")
    URI stream;

    /** One SSE event as read: its id and JSON data. */
    record Event(String id, JsonNode data) {
    }

    @Test
    void newArticlesMatchingTheFilterArriveAndAReconnectResumesAfterTheLastOne() throws Exception {
        String source = "stream-" + UUID.randomUUID();
        String first;
        String lastId;
        try (Subscription s = subscribe("?source=" + source + "&language=de", null)) {
            publish(source, "fa"); // stored, but filtered out
            first = publish(source, "de");
            Event e = s.next();
            assertEquals(first, e.data().get("id").asText(), "the Persian article is not an event of this stream");
            assertEquals("de", e.data().at("/language/code").asText());
            lastId = e.id();
        }
        // while nobody listens, two more arrive; resuming after the last event seen delivers exactly those
        String second = publish(source, "de");
        String third = publish(source, "de");
        try (Subscription s = subscribe("?source=" + source + "&language=de", lastId)) {
            // in the order they were stored, which two batches stored at once may have swapped
            Set<String> got = Set.of(s.next().data().get("id").asText(), s.next().data().get("id").asText());
            assertEquals(Set.of(second, third), got);
        }
    }

    @Test
    void withTagsEachEventCarriesTheArticlesTopTagsAndTheStartOfItsText() throws Exception {
        String source = "stream-" + UUID.randomUUID();
        try (Subscription s = subscribe("?source=" + source + "&tags=true", null)) {
            String plain = publish(source, "de");
            String tagged = publish(source, "de", true);
            Map<String, JsonNode> got = new java.util.HashMap<>();
            for (int i = 0; i < 2; i++) {
                JsonNode article = s.next().data();
                got.put(article.get("id").asText(), article);
            }
            assertEquals("Text " + plain, got.get(plain).get("snippet").asText());
            assertEquals(0, got.get(plain).get("entities").size());
            // each event with its own article's tags
            JsonNode article = got.get(tagged);
            assertEquals("Text " + tagged, article.get("snippet").asText());
            assertEquals("Q184", article.at("/entities/0/id").asText(), article.toString());
            assertEquals("medtop:11000000", article.at("/topics/0/id").asText(), article.toString());
        }
    }

    @Test
    void badParametersAndEventIdsAreProblems() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String[] c : List.of(new String[] {"?country=Iran", null}, new String[] {"?colour=red", null},
                new String[] {"?tags=1", null},
                new String[] {"", "not-an-id"})) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stream + c[0]));
            if (c[1] != null) {
                b.header("Last-Event-ID", c[1]);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), c[0] + " " + r.body());
            assertTrue(r.body().contains("field"), r.body());
        }
    }

    private String publish(String source, String language) throws Exception {
        return publish(source, language, false);
    }

    /** With {@code tagged}, one entity (mentioned once) and one topic. */
    private String publish(String source, String language, boolean tagged) throws Exception {
        String id = UUID.randomUUID().toString().replace("-", "");
        ObjectNode e = JSON.createObjectNode();
        e.put("schemaVersion", 2).put("eventId", UUID.randomUUID().toString()).put("id", id)
                .put("rawEventId", UUID.randomUUID().toString()).put("receivedAt", "2024-01-08T09:59:00Z")
                .put("enrichedAt", "2024-01-08T10:00:00Z").put("pipelineVersion", "test").put("text", "Text " + id)
                .put("source", source);
        e.putObject("language").put("code", language).put("confidence", 0.9).put("reliable", true);
        if (tagged) {
            ObjectNode entities = e.putObject("entities");
            entities.putArray("mentions").addObject().put("start", 0).put("end", 4).put("surface", "Text")
                    .put("type", "country").put("entityId", "Q184").put("confidence", 0.9).put("evidence", "gazetteer")
                    .put("stage", "entities");
            entities.putArray("sources");
            entities.putArray("entities").addObject().put("id", "Q184").put("type", "country").put("name", "Belarus")
                    .put("country", "BY").put("count", 1).putObject("names").putArray("de").add("Belarus");
            e.putArray("topics").addObject().put("id", "medtop:11000000").put("label", "Politik").put("score", 0.8)
                    .put("stage", "topics").putArray("evidence");
        }
        e.putArray("stages");
        new TopicClient(KhabarStackResource.stack().kafkaBootstrapServers())
                .send(Topics.ARTICLES_ENRICHED, id, JSON.writeValueAsString(e), Map.of());
        return id;
    }

    /** An open stream whose events are read on a thread of their own. */
    private final class Subscription implements AutoCloseable {
        private final BlockingQueue<Event> events = new ArrayBlockingQueue<>(100);
        private final InputStream body;

        Subscription(InputStream body) {
            this.body = body;
            Thread reader = new Thread(this::read, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                StringBuilder data = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    } else if (line.isEmpty() && data.length() > 0) {
                        events.add(new Event(id, JSON.readTree(data.toString())));
                        data.setLength(0);
                    }
                }
            } catch (Exception e) {
                // closed by the test
            }
        }

        Event next() throws InterruptedException {
            Event e = events.poll(60, TimeUnit.SECONDS);
            if (e == null) {
                throw new AssertionError("no event within 60 s");
            }
            return e;
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }

    private Subscription subscribe(String query, String lastEventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stream + query)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        return new Subscription(r.body());
    }
}
