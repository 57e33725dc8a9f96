package io.khabar.query.stories;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;

/** The statements of {@link StoryAssigner}: a few per page, batched, whatever the page holds. */
final class StoryWrites {

    private StoryWrites() {
    }

    /** Stories first made by this page, with their order of creation (their figures follow in {@link #aggregate}). */
    static void newStories(Connection c, Map<String, ?> changes, Map<String, Long> created, Map<String, String> merges)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into story (id, created_seq, first_seen, last_seen,"
                + " article_count, member_count, languages) values (?, ?, now(), now(), 0, 0, '{}')"
                + " on conflict (id) do nothing")) {
            for (String id : changes.keySet()) {
                if (created.containsKey(id) && id.startsWith(StoryAssigner.PREFIX)) {
                    s.setString(1, id);
                    s.setLong(2, created.get(id));
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** Each merged story's members move to the story it merged into; its id becomes an alias of that one. */
    static void merge(Connection c, Map<String, String> merges) throws SQLException {
        if (merges.isEmpty()) {
            return;
        }
        try (PreparedStatement move = c.prepareStatement("update article_story set story_id = ? where story_id = ?");
             PreparedStatement alias = c.prepareStatement("insert into story_alias (id, into_id) values (?, ?)"
                     + " on conflict (id) do update set into_id = excluded.into_id");
             PreparedStatement older = c.prepareStatement("update story_alias set into_id = ? where into_id = ?")) {
            for (Map.Entry<String, String> m : merges.entrySet()) {
                move.setString(1, m.getValue());
                move.setString(2, m.getKey());
                move.addBatch();
                alias.setString(1, m.getKey());
                alias.setString(2, m.getValue());
                alias.addBatch();
                older.setString(1, m.getValue());
                older.setString(2, m.getKey());
                older.addBatch();
            }
            move.executeBatch();
            alias.executeBatch();
            older.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("delete from story where id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", merges.keySet().toArray()));
            s.executeUpdate();
        }
    }

    /** The page's articles with their stories, evidence and vectors; their index terms replaced (none for copies). */
    static void members(Connection c, Array ids, Map<String, ?> taken, Map<String, Object[]> rows, Set<String> copies)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from story_term where article_id = any(?)")) {
            s.setArray(1, ids);
            s.executeUpdate();
        }
        try (PreparedStatement upsert = c.prepareStatement("insert into article_story (article_id, story_id,"
                + " linked_to, similarity, language, sort_time, duplicate, scheme, term_keys, weights, entity_ids,"
                + " entity_counts, entity_types) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (article_id) do update set"
                + " story_id = excluded.story_id, linked_to = excluded.linked_to, similarity = excluded.similarity,"
                + " language = excluded.language, sort_time = excluded.sort_time, duplicate = excluded.duplicate,"
                + " scheme = excluded.scheme, term_keys = excluded.term_keys, terms = null, weights = excluded.weights,"
                + " entity_ids = excluded.entity_ids, entity_counts = excluded.entity_counts,"
                + " entity_types = excluded.entity_types");
             PreparedStatement term = c.prepareStatement("insert into story_term (term, sort_time, article_id)"
                     + " values (?, ?, ?) on conflict do nothing")) {
            for (Map.Entry<String, ?> e : taken.entrySet()) {
                StoryAssigner.Taken m = (StoryAssigner.Taken) e.getValue();
                StoryMatcher.Article a = m.article();
                Object[] row = rows.get(a.id());
                Timestamp time = Timestamp.from(a.time());
                upsert.setString(1, a.id());
                upsert.setString(2, m.story());
                upsert.setString(3, (String) row[0]);
                upsert.setObject(4, row[1], java.sql.Types.REAL);
                upsert.setString(5, a.language());
                upsert.setTimestamp(6, time);
                upsert.setBoolean(7, (Boolean) row[2]);
                upsert.setString(8, a.terms().scheme());
                // typed arrays (Long[], not Object[]), which the driver sends in binary form, not as escaped text
                upsert.setArray(9, c.createArrayOf("bigint", boxed(a.terms().keys())));
                upsert.setArray(10, c.createArrayOf("real", boxed(a.terms().weights())));
                upsert.setArray(11, c.createArrayOf("text", a.entities().ids()));
                upsert.setArray(12, c.createArrayOf("integer", boxed(a.entities().counts())));
                upsert.setArray(13, c.createArrayOf("text", a.entities().types()));
                upsert.addBatch();
                for (long key : copies.contains(a.id()) ? new long[0] : a.indexKeys()) {
                    term.setLong(1, key);
                    term.setTimestamp(2, time);
                    term.setString(3, a.id());
                    term.addBatch();
                }
            }
            upsert.executeBatch();
            term.executeBatch();
        }
    }

    /** The figures of the stories of {@code articles}, new members all, grown by those members alone. */
    static void grow(Connection c, java.util.List<String> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("update story s set first_seen = least(s.first_seen,"
                + " d.first_seen), last_seen = greatest(s.last_seen, d.last_seen), article_count = s.article_count"
                + " + d.articles, member_count = s.member_count + d.members, languages = array(select distinct l"
                + " from unnest(s.languages || d.languages) l order by l), updated_at = now()"
                + " from (select story_id, min(sort_time) first_seen, max(sort_time) last_seen,"
                + " count(*) filter (where not duplicate) articles, count(*) members,"
                + " array_agg(distinct language) languages from article_story where article_id = any(?)"
                + " group by story_id) d where s.id = d.story_id")) {
            s.setArray(1, c.createArrayOf("text", articles.toArray()));
            s.executeUpdate();
        }
    }

    /** The figures of these stories, recounted from their members. */
    static void aggregate(Connection c, Set<String> stories) throws SQLException {
        if (stories.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("update story s set first_seen = m.first_seen,"
                + " last_seen = m.last_seen, article_count = m.articles, member_count = m.members,"
                + " languages = m.languages, updated_at = now() from (select story_id, min(sort_time) first_seen,"
                + " max(sort_time) last_seen, count(*) filter (where not duplicate) articles, count(*) members,"
                + " array_agg(distinct language order by language) languages from article_story"
                + " where story_id = any(?) group by story_id) m where s.id = m.story_id")) {
            s.setArray(1, c.createArrayOf("text", stories.toArray()));
            s.executeUpdate();
        }
    }

    private static Long[] boxed(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static Float[] boxed(float[] values) {
        Float[] out = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static Integer[] boxed(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
