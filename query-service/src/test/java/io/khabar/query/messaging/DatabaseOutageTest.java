package io.khabar.query.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.stack.KhabarStack;
import io.khabar.stack.TopicClient;
import io.khabar.stack.quarkus.KhabarStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The real PostgreSQL stopped under the running service while articles keep arriving: readiness goes down, nothing is
 * dead-lettered, and once the database is back every article is stored exactly once.
 */
@QuarkusTest
@QuarkusTestResource(KhabarStackResource.class)
class DatabaseOutageTest {

    private final ObjectMapper json = new ObjectMapper();

    /** Counted over a connection of its own: the test's pooled ones break with the database, like the service's. */
    private static long stored(KhabarStack stack, String run, String what) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
             PreparedStatement s = c.prepareStatement("select " + what + " from article where source = ?")) {
            s.setString(1, run);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void articlesPublishedWhileTheDatabaseIsDownAreStoredOnceWhenItReturns() throws Exception {
        KhabarStack stack = KhabarStackResource.stack();
        TopicClient topics = new TopicClient(stack.kafkaBootstrapServers());
        String run = "outage-" + UUID.randomUUID();
        topics.sendAll(Topics.ARTICLES_ENRICHED, records(run, 50));
        await().atMost(Duration.ofSeconds(60)).until(() -> stored(stack, run, "count(*)") == 50);
        long deadBefore = deadLetters(topics, run);

        stack.stopPostgres();
        try {
            topics.sendAll(Topics.ARTICLES_ENRICHED, records(run, 200));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    given().when().get("/q/health/ready").statusCode() == 503);
            Thread.sleep(3000); // the consumer meanwhile retries the batch, and must neither drop nor dead-letter it
        } finally {
            stack.startPostgres();
        }
        await().ignoreExceptions().atMost(Duration.ofSeconds(120)).until(() -> stored(stack, run, "count(*)") == 250);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().when().get("/q/health/ready").statusCode() == 200);
        assertEquals(250, stored(stack, run, "count(distinct id)"));
        assertEquals(deadBefore, deadLetters(topics, run), "nothing was dead-lettered while the database was down");
    }

    private static long deadLetters(TopicClient topics, String run) {
        return topics.readAll(Topics.ARTICLES_ENRICHED_DLQ).stream().filter(r -> r.value() != null
                && r.value().contains(run)).count();
    }

    private List<Map.Entry<String, String>> records(String run, int n) throws Exception {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = UUID.randomUUID().toString().replace("-", "");
            ObjectNode e = json.createObjectNode();
            e.put("schemaVersion", 2).put("eventId", UUID.randomUUID().toString()).put("id", id)
                    .put("rawEventId", UUID.randomUUID().toString()).put("receivedAt", "2024-01-08T09:59:00Z")
                    .put("enrichedAt", "2024-01-08T10:00:00Z").put("pipelineVersion", "test")
                    .put("text", "Artikel " + i + " während der Datenbank-Störung").put("source", run);
            e.putObject("language").put("code", "de").put("confidence", 0.9).put("reliable", true);
            e.putArray("stages");
            out.add(Map.entry(id, json.writeValueAsString(e)));
        }
        return out;
    }
}
