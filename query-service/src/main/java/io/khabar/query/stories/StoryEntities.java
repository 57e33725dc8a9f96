package io.khabar.query.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The canonical entities an article mentions, with their counts and types: the language-independent half of the
 * story evidence. Only entities linked to the knowledge base count (an unlinked name, {@code ~} in its id, is one
 * language's spelling); they are what lets a Persian and a German report of one meeting meet without translation.
 */
public record StoryEntities(String[] ids, int[] counts, String[] types) {

    public static final StoryEntities NONE = new StoryEntities(new String[0], new int[0], new String[0]);
    /** Entities of an article that go into the candidates' index (people, organisations, places below a country). */
    static final int INDEXED = 8;
    private static final Map<String, Double> TYPE_WEIGHT = Map.of("person", 1.0, "organisation", 1.0, "event", 1.0,
            "city", 0.7, "region", 0.7, "place", 0.7, "country", 0.4);
    private static final Set<String> ACTOR_TYPES = Set.of("person", "organisation", "country");

    public StoryEntities {
        if (ids.length != counts.length || ids.length != types.length) {
            throw new IllegalArgumentException("story entities, counts and types differ in number");
        }
    }

    /**
     * Kinds of entity that are where something was said or shown, not who or what a story is about: news agencies,
     * newspapers and broadcasters, social platforms («schrieb auf Twitter»). Two reports that both quote a tweet are
     * not one story for that; on SemEval's pairs such entities had linked unrelated articles across languages.
     */
    static final Set<String> CHANNELS = Set.of("news-agency", "media", "platform");

    /**
     * From the payload's {@code entities.entities}, most mentioned first, channels ({@link #CHANNELS}) left out;
     * {@link #NONE} when absent.
     */
    public static StoryEntities of(JsonNode list) {
        if (list == null || !list.isArray()) {
            return NONE;
        }
        List<JsonNode> linked = new ArrayList<>();
        for (JsonNode e : list) {
            String id = e.path("id").asText("");
            if (!id.isEmpty() && id.indexOf('~') < 0 && e.path("count").asInt(0) > 0
                    && !CHANNELS.contains(e.path("kind").asText(""))) {
                linked.add(e);
            }
        }
        linked.sort(Comparator.comparingInt((JsonNode e) -> -e.path("count").asInt())
                .thenComparing(e -> e.path("id").asText()));
        String[] ids = new String[linked.size()];
        int[] counts = new int[ids.length];
        String[] types = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = linked.get(i).path("id").asText();
            counts[i] = linked.get(i).path("count").asInt();
            types[i] = linked.get(i).path("type").asText("");
        }
        return new StoryEntities(ids, counts, types);
    }

    /** Cosine similarity of the two, each entity weighing by its mentions (logarithmically) and its type. */
    public double cosine(StoryEntities other) {
        Map<String, Double> mine = weights();
        Map<String, Double> theirs = other.weights();
        double dot = 0;
        for (Map.Entry<String, Double> e : mine.entrySet()) {
            dot += e.getValue() * theirs.getOrDefault(e.getKey(), 0.0);
        }
        double norm = Math.sqrt(mine.values().stream().mapToDouble(w -> w * w).sum()
                * theirs.values().stream().mapToDouble(w -> w * w).sum());
        return norm == 0 ? 0 : dot / norm;
    }

    /**
     * Whether both mention at least {@code least} entities below a country, and at least half of those of the one
     * that mentions fewer.
     */
    public boolean sharesMostSpecific(StoryEntities other, int least) {
        Set<String> theirs = new HashSet<>(Arrays.asList(other.ids));
        int shared = 0;
        for (int i = 0; i < ids.length; i++) {
            shared += !types[i].equals("country") && theirs.contains(ids[i]) ? 1 : 0;
        }
        int fewer = Math.min(specific(), other.specific());
        return shared >= least && 2 * shared >= fewer;
    }

    private int specific() {
        int n = 0;
        for (String type : types) {
            n += type.equals("country") ? 0 : 1;
        }
        return n;
    }

    /**
     * Whether each names as one of its two main actors (people, organisations, countries mentioned twice or more)
     * someone the other never mentions: the same minister meeting another counterpart is another story.
     */
    public boolean conflicts(StoryEntities other) {
        return actorMissingFrom(other) && other.actorMissingFrom(this);
    }

    private boolean actorMissingFrom(StoryEntities other) {
        Set<String> theirs = new HashSet<>(Arrays.asList(other.ids));
        int actors = 0;
        for (int i = 0; i < ids.length && actors < 2; i++) {
            if (counts[i] >= 2 && ACTOR_TYPES.contains(types[i])) {
                actors++;
                if (!theirs.contains(ids[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Index keys of the most mentioned entities below a country. */
    long[] indexKeys() {
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < ids.length && keys.size() < INDEXED; i++) {
            if (!types[i].equals("country")) {
                keys.add(NearCopies.key("@" + ids[i]));
            }
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    private Map<String, Double> weights() {
        Map<String, Double> w = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            w.put(ids[i], (1 + Math.log(counts[i])) * TYPE_WEIGHT.getOrDefault(types[i], 0.7));
        }
        return w;
    }
}
