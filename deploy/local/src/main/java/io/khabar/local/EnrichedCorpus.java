package io.khabar.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.local.CorpusTexts.Text;
import io.khabar.local.EntityPool.Entity;

/**
 * A corpus of {@code articles.enriched} schema version 2 records made from real texts ({@link CorpusTexts}), as
 * enrich-service would publish them: each one a real article with some of its paragraphs dropped and sometimes one
 * of another article in its language added, published within four days of its text's own day of two years (the
 * records of one text are one event's reports and reposts), from one of about fifty
 * outlets of its script, with 3 to 8 entities of the {@link EntityPool} (popularity by {@link Zipf}, the same for
 * every record of one real text, each mentioned in a tag line at the end of the text, with real offsets), 1 to 3 of
 * enrich-service's 24 topics, keywords, a MinHash fingerprint of its words ({@link Fingerprints}: records of one real
 * text share shingles) and story terms ({@link BenchStoryTerms}: records of one real text are alike). Record
 * {@code i} is the same in every run (its own seeded random), so the corpus is made while it is sent, not kept.
 */
final class EnrichedCorpus {

    /** Publication times lie in [START, START + DAYS). */
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final int DAYS = 730;
    /** The records of one real text are published within this many days. */
    static final int EVENT_DAYS = 4;
    private static final Map<String, String> TAG_LINE = Map.of("fa", "برچسب‌ها: ", "de", "Schlagwörter: ",
            "ru", "Теги: ", "en", "Tags: ");
    private static final List<String> STAGES = List.of("cleaning", "attribution", "languages", "dates", "entities",
            "quotations", "topics", "keywords", "fingerprint");

    /** One record: the article id (the key) and the JSON value. */
    record Record(String key, String eventId, String enrichedAt, String value, String language) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<Text> texts;
    private final EntityPool entities;
    private final Zipf entityZipf;
    private final List<JsonNode> topics;
    private final Zipf topicZipf;
    private final Map<String, List<String>> sources;
    private final Map<String, Zipf> sourceZipf = new java.util.HashMap<>();
    private final long seed;
    private final BenchStoryTerms storyTerms;

    EnrichedCorpus(List<Text> texts, EntityPool entities, Path root, long seed) throws IOException {
        this.texts = texts;
        this.entities = entities;
        this.entityZipf = new Zipf(entities.size(), 1.0);
        this.seed = seed;
        this.storyTerms = new BenchStoryTerms(texts);
        Path data = root.resolve("enrich-service/src/main/resources/khabar");
        topics = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("topics.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                topics.add(json.readTree(line));
            }
        }
        topicZipf = new Zipf(topics.size(), 0.7);
        sources = Outlets.byScript(Files.readAllLines(data.resolve("outlets.txt"), StandardCharsets.UTF_8), 20);
        sources.forEach((script, names) -> sourceZipf.put(script, new Zipf(names.size(), 0.8)));
    }

    List<Text> texts() {
        return texts;
    }

    EntityPool entities() {
        return entities;
    }

    Zipf entityZipf() {
        return entityZipf;
    }

    int sourceCount() {
        return sources.values().stream().mapToInt(List::size).sum();
    }

    /**
     * A random generator for stream {@code a}, item {@code b}: the pair mixed (SplitMix64's finaliser) first, because
     * {@link Random}s seeded with neighbouring numbers start with nearly the same values.
     */
    static Random random(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /** Record {@code i} of the corpus. */
    Record record(int i) throws IOException {
        Random r = random(seed, i);
        int baseIndex = r.nextInt(texts.size());
        Text base = texts.get(baseIndex);
        String lang = base.language();
        StringBuilder text = new StringBuilder(base.title()).append('\n');
        List<String> paragraphs = base.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p == 0 || r.nextDouble() >= 0.25) {
                text.append(paragraphs.get(p)).append('\n');
            }
        }
        Text other = texts.get(r.nextInt(texts.size()));
        if (other.language().equals(lang) && r.nextBoolean()) {
            text.append(other.paragraphs().get(r.nextInt(other.paragraphs().size()))).append('\n');
        }
        String id = UUID.nameUUIDFromBytes(("bench-article-" + seed + "-" + i).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        String eventId = UUID.nameUUIDFromBytes(("bench-event-" + seed + "-" + i).getBytes(StandardCharsets.UTF_8))
                .toString();
        // the records of one real text are its event's reports and reposts: published within days of each other, on a
        // day of the two years of its own (spread over two years, one text's copies chained into a two-year story)
        double eventDay = random(seed ^ 0x6576656e74646179L, baseIndex).nextDouble() * (DAYS - EVENT_DAYS);
        Instant published = START.plusSeconds((long) ((eventDay + r.nextDouble() * EVENT_DAYS)
                * Duration.ofDays(1).toSeconds()));
        Instant received = published.plusSeconds(60 + r.nextInt(3600));
        Instant enriched = received.plusMillis(500 + r.nextInt(30_000));

        ObjectNode e = json.createObjectNode();
        e.put("schemaVersion", 2).put("eventId", eventId).put("id", id)
                .put("rawEventId", UUID.nameUUIDFromBytes(("bench-raw-" + i).getBytes(StandardCharsets.UTF_8))
                        .toString())
                .put("receivedAt", received.toString()).put("enrichedAt", enriched.toString())
                .put("pipelineVersion", "bench-query");
        ObjectNode ents = json.createObjectNode();
        ArrayNode mentions = ents.putArray("mentions");
        ents.putArray("sources");
        ArrayNode list = ents.putArray("entities");
        text.append(TAG_LINE.getOrDefault(lang, "Tags: "));
        // the records of one real text report one event: they name the same entities
        Random byText = random(seed ^ 0x656e746974696573L, baseIndex);
        List<Entity> picked = entities.pick(entityZipf, byText, 3 + byText.nextInt(6));
        for (int k = 0; k < picked.size(); k++) {
            Entity en = picked.get(k);
            String name = en.name(lang);
            if (k > 0) {
                text.append(lang.equals("fa") ? "، " : ", ");
            }
            mentions.addObject().put("start", text.length()).put("end", text.length() + name.length())
                    .put("surface", name).put("type", en.type()).put("entityId", en.id())
                    .put("confidence", 0.8 + r.nextInt(20) / 100.0).put("evidence", "gazetteer")
                    .put("stage", "entities");
            text.append(name);
            ObjectNode o = list.addObject().put("id", en.id()).put("type", en.type()).put("name", name)
                    .put("count", 1);
            o.set("names", json.valueToTree(en.names()));
            if (en.country() != null) {
                o.put("country", en.country());
            }
        }
        String full = text.toString();
        String script = Outlets.script(lang);
        e.put("text", full).put("title", base.title())
                .put("source", sources.get(script).get(sourceZipf.get(script).next(r)))
                .put("publishedAt", published.toString());
        e.putObject("language").put("code", lang).put("confidence", 0.9 + r.nextInt(10) / 100.0)
                .put("reliable", true);
        e.putObject("publication").put("value", published.toString()).put("provenance", "supplied")
                .put("stage", "dates");
        e.put("cleanText", full.substring(0, full.lastIndexOf('\n')));
        e.set("entities", ents);
        ArrayNode t = e.putArray("topics");
        int topicCount = 1 + r.nextInt(3);
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < topicCount) {
            chosen.add(topicZipf.next(r));
        }
        double score = 0.9;
        for (int k : chosen) {
            JsonNode topic = topics.get(k);
            ObjectNode o = t.addObject().put("id", topic.path("id").asText())
                    .put("label", topic.path("label").path(lang).asText(topic.path("label").path("en").asText()));
            if (topic.hasNonNull("parent")) {
                o.put("parent", topic.get("parent").asText());
            }
            o.put("score", score).put("stage", "topics").putArray("evidence");
            score -= 0.2;
        }
        e.set("keywords", Keywords.of(json, full, base.title().length() + 1, 5));
        e.set("fingerprint", Fingerprints.of(json, full));
        e.set("storyTerms", storyTerms.of(json, lang, full));
        ArrayNode stages = e.putArray("stages");
        STAGES.forEach(s -> stages.addObject().put("name", s).put("status", "ok").put("micros", 50 + r.nextInt(3000)));
        return new Record(id, eventId, enriched.toString(), json.writeValueAsString(e), lang);
    }
}
