package io.khabar.query.stories;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.khabar.query.messaging.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * The outbox relay: sends the {@code story_event} rows to {@link Topics#STORIES} in the order they were written, key
 * = story id, and deletes them once the broker has acknowledged every one. One instance at a time (an advisory lock),
 * so the order per story holds; a failed send leaves the rows for the next turn (at least once: subscribers skip ids
 * they have seen).
 */
@ApplicationScoped
public class StoryEventRelay {

    private static final Logger LOG = Logger.getLogger(StoryEventRelay.class);
    /** The advisory lock of the relay: "khabar-r". */
    static final long LOCK = 0x6b68616261722d72L;
    static final int BATCH = 200;

    @Inject
    EntityManager em;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;
    @Inject
    @Channel(Topics.STORIES_CHANNEL)
    Emitter<String> emitter;

    @Scheduled(every = "${khabar.query.stories.publish-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(this::send));
            } while (n == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("story events not sent this time (they stay in the outbox): %s", e.getMessage());
        }
    }

    int send(Connection c) throws SQLException {
        if (!AdvisoryLock.tryTake(c, LOCK)) {
            return 0;
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        long last = -1;
        try (PreparedStatement s = c.prepareStatement("select seq, story_id, cast(payload as text) from story_event"
                + " order by seq limit " + BATCH)) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    sent.add(send(rs.getString(2), rs.getString(3)));
                }
            }
        }
        if (sent.isEmpty()) {
            return 0;
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not take the story events: " + e.getMessage(), e);
        }
        try (PreparedStatement d = c.prepareStatement("delete from story_event where seq <= ?")) {
            d.setLong(1, last);
            d.executeUpdate();
        }
        return sent.size();
    }

    private CompletableFuture<Void> send(String key, String value) {
        // CloudEvents in binary mode, as on the article topics: id and time are the event's own
        com.fasterxml.jackson.databind.JsonNode event;
        try {
            event = json.readTree(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a story event in the outbox is not JSON", e);
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(event.path("eventId").asText()));
        headers.add("ce_type", bytes(Topics.STORY_EVENT_TYPE));
        headers.add("ce_source", bytes("/khabar/query-service"));
        headers.add("ce_time", bytes(event.path("time").asText()));
        headers.add("ce_subject", bytes(key));
        headers.add("ce_dataschema", bytes("urn:khabar:schema:stories:1"));
        headers.add("content-type", bytes("application/json"));
        CompletableFuture<Void> done = new CompletableFuture<>();
        emitter.send(Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).withHeaders(headers).build())
                .withAck(() -> {
                    done.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    done.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                }));
        return done;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
