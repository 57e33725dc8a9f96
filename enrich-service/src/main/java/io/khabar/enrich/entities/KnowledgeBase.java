package io.khabar.enrich.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.enrich.config.DataFiles;

/**
 * The canonical entities: countries and cities generated from CLDR ({@link CldrPlaces}), the curated
 * {@code khabar/entities.jsonl} (organisations, news agencies, people with dated roles, and what CLDR lacks for places:
 * Wikidata ids, aliases, adjectives, coordinates) merged onto them by ISO code or time zone, then an optional user file
 * in the same format, merged by id or added. Loaded once; read-only and thread-safe afterwards.
 */
public final class KnowledgeBase {

    /**
     * Where a name leads.
     *
     * @param entity   the entity
     * @param evidence how the name is known: {@code gazetteer}, {@code adjective}, {@code gazetteer-cued}
     * @param language the language the name is written in when it comes from CLDR alone (it is only looked for in
     *                 text of that language); null for curated names, which are looked for in every language
     */
    public record Target(Entity entity, String evidence, String language) {
    }

    /** Ordinary words that CLDR also gives as place names, per language, from {@code khabar/not-names.txt}. */
    private static final java.util.Set<String> NOT_NAMES = notNames();

    private static java.util.Set<String> notNames() {
        return DataFiles.shipped("not-names.txt").entries().stream().map(NameKey::exact)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private final Map<String, Entity> byId;
    private final Map<String, List<Target>> byName;
    private final Map<String, List<Target>> byCuedName;
    private final Map<String, List<Entity>> peopleByKey;
    private final PhraseIndex index;

    private KnowledgeBase(Map<String, Entity> byId, Map<String, List<Target>> byName,
                          Map<String, List<Target>> byCuedName, Map<String, List<Entity>> peopleByKey) {
        this.byId = byId;
        this.byName = byName;
        this.byCuedName = byCuedName;
        this.peopleByKey = peopleByKey;
        this.index = new PhraseIndex(byName.keySet());
    }

    /** Generated, curated and (if given) the user's entities; {@code languages} are those cities are named in. */
    public static KnowledgeBase load(Optional<Path> extra, List<String> languages) {
        ObjectMapper json = new ObjectMapper();
        Map<String, KnowledgeBaseRecord> records = new LinkedHashMap<>();
        CldrPlaces.countries().forEach(r -> records.put(r.id(), r));
        CldrPlaces.cities(languages).forEach(r -> records.put(r.id(), r));
        for (DataFiles.Content file : DataFiles.load("entities.jsonl", extra)) {
            read(json, file.content(), file.name(), records);
        }
        return index(records.values());
    }

    private static void read(ObjectMapper json, String content, String name, Map<String, KnowledgeBaseRecord> records) {
        int number = 0;
        for (String line : content.split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            KnowledgeBaseRecord r;
            try {
                r = json.readValue(line, KnowledgeBaseRecord.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(name + " line " + number + ": not an entity: " + e.getOriginalMessage());
            }
            if (r.id() == null || r.id().isBlank() || r.type() == null || r.names() == null) {
                throw new IllegalArgumentException(name + " line " + number + ": 'id', 'type' and 'names' are required");
            }
            r = withCurated(r);
            String generated = r.iso() != null ? "iso:" + r.iso() : r.zone() != null ? "zone:" + r.zone() : null;
            KnowledgeBaseRecord base = generated != null ? records.remove(generated) : null;
            KnowledgeBaseRecord same = records.remove(r.id());
            records.put(r.id(), Merge.records(Merge.records(base, same), r));
        }
    }

    /** A record read from a curated file: all its names are curated. */
    private static KnowledgeBaseRecord withCurated(KnowledgeBaseRecord r) {
        java.util.Set<String> names = new java.util.HashSet<>();
        r.names().values().forEach(names::addAll);
        return new KnowledgeBaseRecord(r.id(), r.type(), r.names(), r.iso(), r.zone(), r.country(), r.lat(), r.lon(),
                r.roles(), r.kind(), r.adjectives(), r.ambiguous(), names);
    }

    private static KnowledgeBase index(Iterable<KnowledgeBaseRecord> records) {
        Map<String, Entity> byId = new HashMap<>();
        Map<String, List<Target>> byName = new HashMap<>();
        Map<String, List<Target>> byCuedName = new HashMap<>();
        Map<String, List<Entity>> peopleByKey = new HashMap<>();
        for (KnowledgeBaseRecord r : records) {
            Entity e = r.entity();
            byId.put(e.id(), e);
            e.names().forEach((language, names) -> {
                for (String n : names) {
                    boolean curated = r.curated() != null && r.curated().contains(n);
                    if (!curated && NOT_NAMES.contains(NameKey.exact(n))) {
                        continue; // a CLDR name that is an ordinary word (Persian مالی is Mali and «financial»)
                    }
                    add(byName, n, new Target(e, "gazetteer", curated ? null : language));
                    if (Entity.PERSON.equals(e.type())) {
                        addPerson(peopleByKey, n, e);
                    }
                }
            });
            if (r.adjectives() != null) {
                r.adjectives().forEach((language, bases) -> bases.forEach(base -> Inflections.of(base, language)
                        .forEach(form -> add(byName, form, new Target(e, "adjective", null)))));
            }
            if (r.ambiguous() != null) {
                r.ambiguous().values().forEach(ns -> ns.forEach(n -> add(byCuedName, n, new Target(e, "gazetteer-cued", null))));
            }
        }
        return new KnowledgeBase(byId, byName, byCuedName, peopleByKey);
    }

    /** Indexes a name. */
    private static void add(Map<String, List<Target>> index, String name, Target target) {
        String key = NameKey.exact(name);
        if (key.length() < 2) {
            return;
        }
        List<Target> targets = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t.entity().id().equals(target.entity().id())) {
                if (t.language() != null && (target.language() == null || !target.language().equals(t.language()))) {
                    targets.set(i, new Target(t.entity(), t.evidence(), null)); // curated, or in several languages
                }
                return;
            }
        }
        targets.add(target);
    }

    private static void addPerson(Map<String, List<Entity>> index, String name, Entity e) {
        String full = NameKey.phonetic(name);
        String[] words = full.split(" ");
        // a surname alone only when its key is long enough not to be shared by chance (stn: Ashtiani and Austin)
        for (String key : words.length > 1 ? new String[] {full, words[words.length - 1]} : new String[] {full}) {
            if (key.replace(" ", "").length() >= (key.contains(" ") ? 3 : 4)) {
                List<Entity> people = index.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!people.contains(e)) {
                    people.add(e);
                }
            }
        }
    }

    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /**
     * At least the most words a known name that starts with this word's key has (an upper bound: see
     * {@link PhraseIndex}); 0 when none starts with it.
     */
    public int longestFrom(String firstWordKey) {
        return index.longestFrom(firstWordKey);
    }

    /** What an exact key names: countries before cities before the rest, for names two share. */
    public List<Target> named(String exactKey) {
        return byName.getOrDefault(exactKey, List.of());
    }

    /** What an exact key names when a place cue stands before it (ambiguous names). */
    public List<Target> namedAfterCue(String exactKey) {
        return byCuedName.getOrDefault(exactKey, List.of());
    }

    /** The known people a phonetic key (of a full name or a surname) fits. */
    public List<Entity> peopleSounding(String phoneticKey) {
        return peopleByKey.getOrDefault(phoneticKey, List.of());
    }
}
