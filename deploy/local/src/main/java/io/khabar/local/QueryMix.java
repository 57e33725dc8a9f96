package io.khabar.local;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.khabar.local.CorpusTexts.Text;
import io.khabar.local.EntityPool.Entity;

/**
 * The typical requests of {@code bench-query}, by kind, with values drawn from the corpus: entities (half of them
 * among the twenty most popular, half any of the pool), date ranges of a week to a year within the corpus's two years,
 * real words of its Persian and German texts (neither rare nor common: in at least three texts and at most 5% of
 * them), and the first letters of entity names in any script.
 */
public final class QueryMix implements QueryLoad.Requests {

    /** A kind of request, measured on its own; {@code targetP99Ms} is 0 where the issue sets no target. */
    public enum Kind {
        FILTERED("filtered list: entity + date range", 50),
        FULL_TEXT("full text, newest first", 0),
        RELEVANCE("full text, by relevance", 0),
        FACETS("facets: entity + date range, or words", 200),
        ENTITIES("entities by name prefix", 0);

        public final String label;
        public final int targetP99Ms;

        Kind(String label, int targetP99Ms) {
            this.label = label;
            this.targetP99Ms = targetP99Ms;
        }
    }

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]+");
    private final String baseUrl;
    private final EntityPool entities;
    private final Zipf popular;
    private final List<String> words;

    QueryMix(String baseUrl, EnrichedCorpus corpus) {
        this.baseUrl = baseUrl;
        this.entities = corpus.entities();
        this.popular = new Zipf(Math.min(20, entities.size()), 1.0);
        Map<String, List<String>> byLanguage = words(corpus.texts());
        List<String> faDe = new ArrayList<>();
        faDe.addAll(byLanguage.getOrDefault("fa", List.of()));
        faDe.addAll(byLanguage.getOrDefault("de", List.of()));
        this.words = faDe.isEmpty() ? byLanguage.values().stream().flatMap(List::stream).toList() : faDe;
        if (words.isEmpty()) {
            throw new IllegalStateException("the corpus has no words to search for");
        }
    }

    /** How many distinct search words the mix draws from. */
    int wordCount() {
        return words.size();
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String entityAndDates(Random r) {
        Entity e = entity(r);
        int days = List.of(7, 30, 90, 365).get(r.nextInt(4));
        LocalDate from = LocalDate.ofInstant(EnrichedCorpus.START, ZoneOffset.UTC)
                .plusDays(r.nextInt(EnrichedCorpus.DAYS - days + 1));
        return "entity=" + QueryLoad.Requests.enc(e.id()) + "&from=" + from + "&to=" + from.plusDays(days - 1);
    }

    private Entity entity(Random r) {
        return entities.get(r.nextBoolean() ? popular.next(r) : r.nextInt(entities.size()));
    }

    @Override
    public String word(Random r) {
        return words.get(r.nextInt(words.size()));
    }

    /** The first 3 to 6 letters of one of an entity's names. */
    @Override
    public String prefix(Random r) {
        Entity e = entity(r);
        List<List<String>> names = new ArrayList<>(e.names().values());
        List<String> spellings = names.get(r.nextInt(names.size()));
        String name = spellings.get(r.nextInt(spellings.size()));
        return name.substring(0, Math.min(name.length(), 3 + r.nextInt(4))).strip();
    }

    /**
     * Search words per language: words of at least 4 letters (Persian) or 6 (others) found in at least 3 texts and at
     * most 5% of them; with fewer than 50 texts in a language (the seeds alone) any such word.
     */
    public static Map<String, List<String>> words(List<Text> texts) {
        Map<String, Map<String, Integer>> df = new LinkedHashMap<>();
        Map<String, Integer> textCount = new HashMap<>();
        for (Text t : texts) {
            textCount.merge(t.language(), 1, Integer::sum);
            int min = t.language().equals("fa") ? 4 : 6;
            Set<String> seen = new HashSet<>();
            for (String w : NOT_LETTER.split(t.title() + " " + String.join(" ", t.paragraphs()))) {
                if (w.length() >= min && seen.add(w)) {
                    df.computeIfAbsent(t.language(), k -> new HashMap<>()).merge(w, 1, Integer::sum);
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        df.forEach((language, counts) -> {
            int n = textCount.get(language);
            int low = n < 50 ? 1 : 3;
            int high = n < 50 ? n : Math.max(3, n / 20);
            List<String> chosen = new ArrayList<>(new TreeSet<>(counts.entrySet().stream()
                    .filter(e -> e.getValue() >= low && e.getValue() <= high).map(Map.Entry::getKey).toList()));
            Collections.shuffle(chosen, new Random(11));
            out.put(language, List.copyOf(chosen.subList(0, Math.min(1000, chosen.size()))));
        });
        return out;
    }
}
