package io.khabar.query.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the story events of a page to the {@code story_event} outbox, in the assigner's transaction, so that an
 * event exists exactly when its change was committed ({@link StoryEventRelay} sends them). An event is
 * {@code {id, type, time, key, payload}}: {@code story.created} and {@code story.updated} carry the story as it now
 * is and the articles that joined it; {@code story.merged} (keyed by the story that ceased) names the one it merged
 * into. Subscribers keep the newest state per key and skip event ids they have seen. The event is
 * {@code {schemaVersion, eventId, type, time, key, payload}}, documented as JSON Schema in {@code stories.v1.json}.
 */
@ApplicationScoped
public class StoryEvents {

    /** Version of the event's schema ({@code schemas/stories.v1.json}). */
    public static final int SCHEMA_VERSION = 1;
    public static final String CREATED = "story.created";
    public static final String UPDATED = "story.updated";
    public static final String MERGED = "story.merged";

    @Inject
    ObjectMapper json;

    void record(Connection c, Map<String, StoryAssigner.Change> changes, Map<String, String> merges,
                Map<String, String> mergedInto, Set<String> touched) throws SQLException {
        Map<String, List<String>> added = new LinkedHashMap<>();
        Map<String, Boolean> created = new LinkedHashMap<>();
        changes.forEach((story, change) -> {
            String into = StoryAssigner.resolve(mergedInto, story);
            added.computeIfAbsent(into, k -> new ArrayList<>()).addAll(change.added);
            if (change.created && into.equals(story)) {
                created.put(into, true);
            }
        });
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, String> m : merges.entrySet()) {
            ObjectNode payload = json.createObjectNode().put("storyId", m.getKey()).put("mergedInto", m.getValue());
            rows.add(new Object[] {m.getKey(), MERGED, event(MERGED, m.getKey(), payload)});
        }
        try (PreparedStatement s = c.prepareStatement("select id, first_seen, last_seen, article_count, member_count,"
                + " languages from story where id = any(?) order by created_seq")) {
            s.setArray(1, c.createArrayOf("text", touched.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String type = created.containsKey(id) ? CREATED : UPDATED;
                    ObjectNode payload = json.createObjectNode().put("storyId", id)
                            .put("firstSeen", rs.getTimestamp(2).toInstant().toString())
                            .put("lastSeen", rs.getTimestamp(3).toInstant().toString())
                            .put("articleCount", rs.getInt(4)).put("memberCount", rs.getInt(5));
                    ArrayNode languages = payload.putArray("languages");
                    for (String l : (String[]) rs.getArray(6).getArray()) {
                        languages.add(l);
                    }
                    ArrayNode joined = payload.putArray("added");
                    added.getOrDefault(id, List.of()).forEach(joined::add);
                    ArrayNode from = payload.putArray("mergedFrom");
                    merges.forEach((f, into) -> {
                        if (into.equals(id)) {
                            from.add(f);
                        }
                    });
                    rows.add(new Object[] {id, type, event(type, id, payload)});
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("insert into story_event (story_id, type, payload)"
                + " values (?, ?, cast(? as jsonb))")) {
            for (Object[] r : rows) {
                s.setString(1, (String) r[0]);
                s.setString(2, (String) r[1]);
                s.setString(3, (String) r[2]);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private String event(String type, String key, ObjectNode payload) {
        ObjectNode e = json.createObjectNode().put("schemaVersion", SCHEMA_VERSION)
                .put("eventId", UUID.randomUUID().toString()).put("type", type).put("time", Instant.now().toString())
                .put("key", key);
        e.set("payload", payload);
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a story event could not be written as JSON", ex);
        }
    }
}
