package io.khabar.query.stories;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.query.config.QueryConfig;

/**
 * Puts each article of a page of stored articles (read by {@link DuplicateAssigner}, in stored order, under its lock
 * and in its transaction) into a story: it is linked ({@link StoryMatcher}) to every earlier article that shares one
 * of its heaviest terms in the window, and to its original when it is a near-copy; it joins the story of what it is
 * linked to, a new story when nothing, and the stories it links are merged into the oldest. A story is therefore a
 * connected set of linked articles: whichever order the members come in, and however many instances store them, the
 * same articles end in one story. Every change is written to the {@code story_event} outbox in the same transaction.
 */
@ApplicationScoped
public class StoryAssigner {

    /** Stories whose ids change on merging are reached through {@code story_alias}. */
    static final String PREFIX = "st-";

    @Inject
    QueryConfig config;
    @Inject
    StoryEvents events;

    /** An article of the page: what the matcher needs, its place in the stored order, and its original if a copy. */
    public record Item(StoryMatcher.Article article, long seq, String duplicateOf) {
    }

    /** A linked earlier article, as the tables (or this page) hold it. */
    record Member(StoryMatcher.Article article, String story) {
    }

    /** An article of the page as assigned. */
    record Taken(StoryMatcher.Article article, String story) {
    }

    /** What this page did to one story. */
    static final class Change {
        final List<String> added = new ArrayList<>();
        boolean created;
    }

    public void assign(Connection c, List<Item> page) throws SQLException {
        StoryMatcher matcher = StoryMatcher.of(config.stories());
        Array ids = c.createArrayOf("text", page.stream().map(i -> i.article().id()).toArray());
        Map<String, String> current = currentStories(c, ids);
        Set<String> pageIds = new LinkedHashSet<>(page.stream().map(i -> i.article().id()).toList());
        Map<String, Member> stored = new HashMap<>(members(c, page.stream().map(Item::duplicateOf)
                .filter(d -> d != null && !pageIds.contains(d)).collect(java.util.stream.Collectors.toSet())));
        Set<String> copies = copies(page, stored, matcher);
        Map<Integer, Set<String>> candidateIds = candidates(c, page, copies, matcher);
        Set<String> wanted = new LinkedHashSet<>();
        candidateIds.values().forEach(wanted::addAll);
        wanted.removeAll(pageIds);
        wanted.removeAll(stored.keySet());
        stored.putAll(members(c, wanted));
        Map<String, Long> created = new HashMap<>();
        Set<String> known = new LinkedHashSet<>(current.values());
        stored.values().forEach(m -> known.add(m.story()));
        created.putAll(createdSeqs(c, known));

        Map<String, String> mergedInto = new LinkedHashMap<>();
        Map<String, Member> taken = new LinkedHashMap<>();
        Map<String, Object[]> rows = new LinkedHashMap<>();
        Map<String, Change> changes = new LinkedHashMap<>();
        for (int k = 0; k < page.size(); k++) {
            Item item = page.get(k);
            StoryMatcher.Article a = item.article();
            List<Member> candidates = new ArrayList<>();
            candidateIds.getOrDefault(k, Set.of()).stream().map(stored::get).filter(m -> m != null)
                    .forEach(candidates::add);
            if (!copies.contains(a.id())) {
                taken.values().stream().filter(m -> !copies.contains(m.article().id())).forEach(candidates::add);
            }
            Set<String> linked = new LinkedHashSet<>();
            String linkedTo = null;
            double best = -1;
            for (Member m : candidates) {
                OptionalDouble s = matcher.link(a, m.article());
                if (s.isPresent()) {
                    linked.add(resolve(mergedInto, m.story()));
                    if (s.getAsDouble() > best) {
                        best = s.getAsDouble();
                        linkedTo = m.article().id();
                    }
                }
            }
            if (item.duplicateOf() != null) {
                Member original = taken.containsKey(item.duplicateOf()) ? taken.get(item.duplicateOf())
                        : stored.get(item.duplicateOf());
                if (original != null && matcher.withinWindow(a, original.article())) {
                    // a copy posted within the window is one report of the story; one posted long after is linked,
                    // or not, by its words like any other article (chaining a year of reposts would make one story)
                    linked.add(resolve(mergedInto, original.story()));
                    linkedTo = original.article().id();
                    best = 1;
                }
            }
            if (current.containsKey(a.id())) {
                linked.add(resolve(mergedInto, current.get(a.id()))); // stories only grow and merge, never split
            }
            String story;
            if (linked.isEmpty()) {
                story = PREFIX + a.id();
                created.put(story, item.seq());
                changes.computeIfAbsent(story, s -> new Change()).created = true;
            } else {
                story = linked.stream().min((x, y) -> Long.compare(created.getOrDefault(x, Long.MAX_VALUE),
                        created.getOrDefault(y, Long.MAX_VALUE))).orElseThrow();
                for (String other : linked) {
                    if (!other.equals(story)) {
                        mergedInto.put(other, story);
                    }
                }
            }
            if (!story.equals(current.get(a.id()))) {
                changes.computeIfAbsent(story, s -> new Change()).added.add(a.id());
            }
            taken.put(a.id(), new Member(a, story));
            rows.put(a.id(), new Object[] {linkedTo, linkedTo == null ? null : (float) best,
                item.duplicateOf() != null});
        }
        for (Map.Entry<String, Member> e : taken.entrySet()) {
            e.setValue(new Member(e.getValue().article(), resolve(mergedInto, e.getValue().story())));
        }
        Map<String, String> merges = new LinkedHashMap<>();
        mergedInto.keySet().forEach(m -> merges.put(m, resolve(mergedInto, m)));
        Map<String, Taken> assigned = new LinkedHashMap<>();
        taken.forEach((id, m) -> assigned.put(id, new Taken(m.article(), m.story())));
        StoryWrites.newStories(c, changes, created, merges);
        StoryWrites.merge(c, merges);
        StoryWrites.members(c, ids, assigned, rows, copies);
        Set<String> touched = new LinkedHashSet<>();
        changes.keySet().forEach(s -> touched.add(resolve(mergedInto, s)));
        merges.values().forEach(touched::add);
        // a story that only gained new articles has its figures updated by their delta; one that was made, merged,
        // or lost or regained a member stored again is recounted from its members
        Set<String> recount = new LinkedHashSet<>(merges.values());
        changes.forEach((story, change) -> {
            if (change.created) {
                recount.add(resolve(mergedInto, story));
            }
        });
        current.forEach((article, story) -> {
            recount.add(resolve(mergedInto, story));
            recount.add(taken.get(article).story());
        });
        List<String> fresh = new ArrayList<>();
        taken.forEach((id, m) -> {
            if (!current.containsKey(id) && touched.contains(m.story()) && !recount.contains(m.story())) {
                fresh.add(id);
            }
        });
        recount.retainAll(touched);
        StoryWrites.aggregate(c, recount);
        StoryWrites.grow(c, fresh);
        events.record(c, changes, merges, mergedInto, touched);
    }

    static String resolve(Map<String, String> mergedInto, String story) {
        String s = story;
        while (mergedInto.containsKey(s)) {
            s = mergedInto.get(s);
        }
        return s;
    }

    private static Map<String, String> currentStories(Connection c, Array ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select article_id, story_id from article_story"
                + " where article_id = any(?)")) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * The page's near-copies published within the window of their original (stored, or earlier in the page): one
     * report with it, they join its story, look for no candidates of their own and are nobody's candidate (a group of
     * fifty copies would otherwise answer every lookup fifty times; they add no link their original has not made).
     */
    private static Set<String> copies(List<Item> page, Map<String, Member> stored, StoryMatcher matcher) {
        Map<String, StoryMatcher.Article> earlier = new HashMap<>();
        Set<String> out = new HashSet<>();
        for (Item item : page) {
            if (item.duplicateOf() != null) {
                StoryMatcher.Article original = earlier.containsKey(item.duplicateOf())
                        ? earlier.get(item.duplicateOf())
                        : stored.containsKey(item.duplicateOf()) ? stored.get(item.duplicateOf()).article() : null;
                if (original != null && matcher.withinWindow(item.article(), original)) {
                    out.add(item.article().id());
                }
            }
            earlier.put(item.article().id(), item.article());
        }
        return out;
    }

    /** For each article of the page (by position), the stored articles that share an indexed term in the window. */
    private Map<Integer, Set<String>> candidates(Connection c, List<Item> page, Set<String> copies,
                                                 StoryMatcher matcher) throws SQLException {
        List<Long> terms = new ArrayList<>();
        List<Timestamp> times = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int k = 0; k < page.size(); k++) {
            StoryMatcher.Article a = page.get(k).article();
            if (copies.contains(a.id())) {
                continue;
            }
            for (long key : a.indexKeys()) {
                terms.add(key);
                times.add(Timestamp.from(a.time()));
                positions.add(k);
            }
        }
        Map<Integer, Set<String>> out = new HashMap<>();
        if (terms.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = c.prepareStatement("select q.ord, t.article_id from unnest(?, ?, ?) as q(term, at,"
                + " ord) cross join lateral (select article_id from story_term where term = q.term and sort_time"
                + " between q.at - make_interval(secs => ?) and q.at + make_interval(secs => ?)"
                + " order by sort_time desc limit ?) t")) {
            s.setArray(1, c.createArrayOf("bigint", terms.toArray()));
            s.setArray(2, c.createArrayOf("timestamptz", times.toArray()));
            s.setArray(3, c.createArrayOf("integer", positions.toArray()));
            s.setDouble(4, matcher.window().toSeconds());
            s.setDouble(5, matcher.window().toSeconds());
            s.setInt(6, config.stories().maxCandidates());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static Map<String, Member> members(Connection c, Set<String> ids) throws SQLException {
        Map<String, Member> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = c.prepareStatement("select article_id, story_id, language, sort_time, term_keys,"
                + " weights, scheme, entity_ids, entity_counts, entity_types, terms from article_story"
                + " where article_id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Float[] boxed = (Float[]) rs.getArray(6).getArray();
                    float[] weights = new float[boxed.length];
                    for (int i = 0; i < boxed.length; i++) {
                        weights[i] = boxed[i];
                    }
                    Array keys = rs.getArray(5);
                    Array text = rs.getArray(11);
                    StoryTerms vector = keys != null
                            ? StoryTerms.ofKeys(rs.getString(7), longs((Long[]) keys.getArray()), weights)
                            // written before V12: the terms' text, keyed now (neither: a row edited by hand)
                            : text != null ? new StoryTerms(rs.getString(7), (String[]) text.getArray(), weights)
                            : StoryTerms.NONE;
                    Integer[] counts = (Integer[]) rs.getArray(9).getArray();
                    StoryEntities entities = new StoryEntities((String[]) rs.getArray(8).getArray(),
                            Arrays.stream(counts).mapToInt(Integer::intValue).toArray(),
                            (String[]) rs.getArray(10).getArray());
                    out.put(rs.getString(1), new Member(new StoryMatcher.Article(rs.getString(1), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), vector, entities), rs.getString(2)));
                }
            }
        }
        return out;
    }

    private static long[] longs(Long[] boxed) {
        long[] out = new long[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    private static Map<String, Long> createdSeqs(Connection c, Set<String> stories) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        if (stories.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = c.prepareStatement("select id, created_seq from story where id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", stories.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
