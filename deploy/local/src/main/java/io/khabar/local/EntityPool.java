package io.khabar.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The canonical entities of {@code bench-query}'s corpus, most popular first: the real ones enrich-service ships
 * ({@code enrich-service/src/main/resources/khabar/entities.jsonl}: Wikidata and {@code khabar:} ids with names in
 * several scripts; countries also under their CLDR names), then about two thousand made-up but real-looking ones,
 * shuffled: people ({@code khabar:person:<given>-<surname>}, names in English, German, Persian and Russian, a country
 * of their origin) and ministries ({@code khabar:organisation:ministry-of-defence:IR}), combined from
 * {@code bench-names.tsv}. An article picks its entities by {@link Zipf} over this order.
 */
final class EntityPool {

    /** Languages whose names every entity of the pool may have. */
    static final List<String> LANGUAGES = List.of("en", "de", "fa", "ru", "ar");

    /** One entity: what an {@code articles.enriched} record says of it. */
    record Entity(String id, String type, Map<String, List<String>> names, String country) {
        /** Its name in {@code language}, else in English, else any. */
        String name(String language) {
            List<String> own = names.get(language);
            if (own != null && !own.isEmpty()) {
                return own.get(0);
            }
            List<String> en = names.get("en");
            return en != null && !en.isEmpty() ? en.get(0) : names.values().iterator().next().get(0);
        }
    }

    private final List<Entity> entities;

    private EntityPool(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    /** The pool for the checkout at {@code root}. */
    static EntityPool load(Path root) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Entity> real = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("enrich-service/src/main/resources/khabar/entities.jsonl"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            JsonNode e = json.readTree(line);
            String type = e.path("type").asText();
            String iso = e.path("iso").asText(null);
            Map<String, List<String>> names = new LinkedHashMap<>();
            if (iso != null) {
                countries.add(iso);
                for (String l : LANGUAGES) {
                    add(names, l, new Locale("", iso).getDisplayCountry(Locale.forLanguageTag(l)));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = e.path("names").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> n = it.next();
                n.getValue().forEach(v -> add(names, n.getKey(), v.asText()));
            }
            String country = iso != null ? iso : e.hasNonNull("country") ? e.get("country").asText()
                    : e.path("roles").path(0).path("country").asText(null);
            if (!names.isEmpty()) {
                real.add(new Entity(e.path("id").asText(), type, names, country));
            }
        }
        // countries first: the press names them most
        real.sort((a, b) -> Boolean.compare(!a.type().equals("country"), !b.type().equals("country")));
        List<Entity> made = made(countries, real);
        Collections.shuffle(made, new Random(7));
        List<Entity> all = new ArrayList<>(real);
        all.addAll(made);
        return new EntityPool(all);
    }

    /** People from every given name and surname of an origin; ministries of every country. */
    private static List<Entity> made(List<String> countries, List<Entity> real) throws IOException {
        Map<String, List<String[]>> given = new LinkedHashMap<>();
        Map<String, List<String[]>> surnames = new LinkedHashMap<>();
        List<String[]> ministries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                EntityPool.class.getResourceAsStream("bench-names.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length != 6) {
                    continue;
                }
                switch (f[0]) {
                    case "given" -> given.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
                    case "surname" -> surnames.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
                    default -> ministries.add(f);
                }
            }
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        real.forEach(e -> taken.add(e.id()));
        List<Entity> made = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> origin : given.entrySet()) {
            String[] from = origin.getKey().split(",");
            for (String[] g : origin.getValue()) {
                for (String[] s : surnames.getOrDefault(origin.getKey(), List.of())) {
                    String id = "khabar:person:" + key(g[2]) + "-" + key(s[2]);
                    Map<String, List<String>> names = new LinkedHashMap<>();
                    for (int l = 0; l < 4; l++) {
                        add(names, LANGUAGES.get(l), g[2 + l] + " " + s[2 + l]);
                    }
                    if (taken.add(id)) {
                        made.add(new Entity(id, "person", names, from[Math.floorMod(id.hashCode(), from.length)]));
                    }
                }
            }
        }
        for (String[] m : ministries) {
            for (String iso : countries) {
                Map<String, List<String>> names = new LinkedHashMap<>();
                for (int l = 0; l < 4; l++) {
                    String country = new Locale("", iso).getDisplayCountry(Locale.forLanguageTag(LANGUAGES.get(l)));
                    add(names, LANGUAGES.get(l), switch (l) {
                        case 0 -> m[2] + " of " + country;
                        case 2 -> m[4] + " " + country;
                        default -> m[2 + l] + " (" + country + ")";
                    });
                }
                made.add(new Entity("khabar:organisation:" + m[1] + ":" + iso, "organisation", names, iso));
            }
        }
        return made;
    }

    private static void add(Map<String, List<String>> names, String language, String name) {
        if (name != null && !name.isBlank()) {
            List<String> list = names.computeIfAbsent(language, k -> new ArrayList<>());
            if (!list.contains(name)) {
                list.add(name);
            }
        }
    }

    /** The id form of a Latin name: lower case, ASCII letters, umlauts spelled out. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replaceAll("[^a-z]+", "-");
    }

    /** Every entity, most popular first. */
    List<Entity> all() {
        return entities;
    }

    int size() {
        return entities.size();
    }

    Entity get(int rank) {
        return entities.get(rank);
    }

    /** {@code n} distinct entities drawn by {@code zipf} (n at most the pool's size). */
    List<Entity> pick(Zipf zipf, Random random, int n) {
        LinkedHashSet<Integer> ranks = new LinkedHashSet<>();
        while (ranks.size() < Math.min(n, entities.size())) {
            ranks.add(zipf.next(random));
        }
        return ranks.stream().map(entities::get).toList();
    }
}
