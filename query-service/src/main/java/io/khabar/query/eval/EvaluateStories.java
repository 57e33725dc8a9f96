package io.khabar.query.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.khabar.query.stories.StoryEntities;
import io.khabar.query.stories.StoryMatcher;
import io.khabar.query.stories.StoryTerms;

/**
 * The story evaluation command. Its input is the articles of a set enriched as enrich-service does it
 * ({@code Evaluate events}, one {@code articles.enriched} value a line), so it runs the assigner's own rule
 * ({@link StoryMatcher}) with the service's settings, without the enrichment pipeline or a database:
 * <pre>
 * semeval &lt;training_set.csv&gt; &lt;events.jsonl&gt;   same-story P/R/F1 on the pairs (Overall &lt;= 1.5 same, &gt;= 3.5 not)
 * bsnlp &lt;events.jsonl&gt;                       stories of the BSNLP articles against their topics
 * </pre>
 * The thresholds are the service's defaults; {@code -Dkhabar.query.stories.min-similarity=...} and
 * {@code -Dkhabar.query.stories.min-cross-language-similarity=...} try others.
 */
public final class EvaluateStories {

    private EvaluateStories() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args[0].equals("semeval") && args.length < 3) {
            System.err.println("usage: EvaluateStories semeval <training_set.csv> <events.jsonl>\n"
                    + "       EvaluateStories bsnlp <events.jsonl>");
            System.exit(2);
        }
        StoryMatcher matcher = new StoryMatcher(
                Double.parseDouble(System.getProperty("khabar.query.stories.min-similarity", "0.15")),
                Double.parseDouble(System.getProperty("khabar.query.stories.min-cross-language-similarity", "0.08")),
                Duration.parse(System.getProperty("khabar.query.stories.window", "P3D")));
        switch (args[0]) {
            case "semeval" -> SemEvalPairs.run(matcher, Path.of(args[1]), articles(Path.of(args[2])));
            case "bsnlp" -> BsnlpStories.run(matcher, articles(Path.of(args[1])));
            default -> {
                System.err.println("unknown mode '" + args[0] + "': semeval or bsnlp");
                System.exit(2);
            }
        }
    }

    /** The articles of an events file by id, as the assigner reads them from a stored payload. */
    static Map<String, StoryMatcher.Article> articles(Path events) throws IOException {
        if (!Files.isRegularFile(events)) {
            throw new IllegalArgumentException("no such events file: " + events.toAbsolutePath());
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, StoryMatcher.Article> out = new LinkedHashMap<>();
        int line = 0;
        for (String value : Files.readAllLines(events, StandardCharsets.UTF_8)) {
            line++;
            if (value.isBlank()) {
                continue;
            }
            JsonNode e;
            try {
                e = json.readTree(value);
            } catch (IOException ex) {
                throw new IllegalArgumentException(events + ":" + line + " is not JSON: " + ex.getMessage(), ex);
            }
            String id = e.path("id").asText("");
            if (id.isEmpty()) {
                throw new IllegalArgumentException(events + ":" + line + " has no 'id'");
            }
            String published = e.path("publishedAt").asText(null);
            out.put(id, new StoryMatcher.Article(id, e.at("/language/code").asText("und"),
                    published == null ? null : Instant.parse(published), StoryTerms.of(e.get("storyTerms")),
                    StoryEntities.of(e.at("/entities/entities"))));
        }
        return out;
    }

    /** Precision, recall and F1 of "same story" decisions. */
    static final class Counts {
        long tp;
        long fp;
        long fn;
        long pairs;

        void add(boolean predicted, boolean gold) {
            pairs++;
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
        }

        String line(String name) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format(Locale.ROOT, "%-16s pairs %4d  same %4d  P %.3f  R %.3f  F1 %.3f", name, pairs,
                    tp + fn, p, r, f);
        }
    }

    /** SemEval-2022 task 8: each decisive pair linked or not by the rule. */
    static final class SemEvalPairs {

        /** {@code -Dkhabar.eval.errors=true}: each pair the rule decides wrongly, for looking at. */
        private static final boolean ERRORS = Boolean.getBoolean("khabar.eval.errors");

        static void run(StoryMatcher matcher, Path csv, Map<String, StoryMatcher.Article> articles)
                throws IOException {
            Counts all = new Counts();
            Counts same = new Counts();
            Counts cross = new Counts();
            Map<String, Counts> byPair = new TreeMap<>();
            int missing = 0;
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                 MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                         .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
                while (rows.hasNext()) {
                    Map<String, String> row = rows.next();
                    double overall = Double.parseDouble(row.get("Overall"));
                    if (overall > 1.5 && overall < 3.5) {
                        continue; // neither clearly one story nor clearly two
                    }
                    String[] ids = row.get("pair_id").split("_");
                    StoryMatcher.Article a = articles.get(ids[0]);
                    StoryMatcher.Article b = articles.get(ids.length > 1 ? ids[1] : "");
                    if (a == null || b == null) {
                        missing++;
                        continue;
                    }
                    boolean gold = overall <= 1.5;
                    boolean predicted = matcher.link(a, b).isPresent();
                    String l1 = row.get("lang1");
                    String l2 = row.get("lang2");
                    all.add(predicted, gold);
                    if (ERRORS && predicted != gold) {
                        System.out.printf(Locale.ROOT, "  wrong %s %s-%s: Overall %.2f, %s%n", row.get("pair_id"), l1,
                                l2, overall, predicted ? "linked" : "not linked");
                    }
                    (l1.equals(l2) ? same : cross).add(predicted, gold);
                    byPair.computeIfAbsent(l1 + "-" + l2, k -> new Counts()).add(predicted, gold);
                }
            }
            System.out.println(all.line("all pairs"));
            System.out.println(same.line("same language"));
            System.out.println(cross.line("cross-language"));
            byPair.forEach((k, v) -> System.out.println(v.line("  " + k)));
            if (missing > 0) {
                System.out.println(missing + " pairs skipped: an article is not in the events file");
            }
            System.out.println("for comparison: Event Registry reports 89% F1 for cross-lingual article linking");
        }
    }

    /** BSNLP: the articles of two topics clustered into stories; a story should hold one topic only. */
    static final class BsnlpStories {

        static void run(StoryMatcher matcher, Map<String, StoryMatcher.Article> articles) {
            List<StoryMatcher.Article> list = new ArrayList<>(articles.values());
            int[] parent = new int[list.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            long links = 0;
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (matcher.link(list.get(i), list.get(j)).isPresent()) {
                        links++;
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
            Map<Integer, Map<String, Integer>> stories = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String topic = list.get(i).id().substring(0, list.get(i).id().indexOf('/'));
                stories.computeIfAbsent(find(parent, i), k -> new TreeMap<>()).merge(topic, 1, Integer::sum);
            }
            long samePairs = 0;
            long storyPairs = 0;
            int multi = 0;
            int mixed = 0;
            int inMulti = 0;
            int majority = 0;
            for (Map<String, Integer> topics : stories.values()) {
                int size = topics.values().stream().mapToInt(Integer::intValue).sum();
                majority += topics.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                storyPairs += (long) size * (size - 1) / 2;
                for (int n : topics.values()) {
                    samePairs += (long) n * (n - 1) / 2;
                }
                if (size > 1) {
                    multi++;
                    inMulti += size;
                    mixed += topics.size() > 1 ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "%d articles, %d links, %d stories (%d of 2+ articles holding %d)%n",
                    list.size(), links, stories.size(), multi, inMulti);
            System.out.printf(Locale.ROOT, "purity %.3f (share of articles in their story's main topic)%n",
                    (double) majority / list.size());
            System.out.printf(Locale.ROOT, "pairwise precision %.3f (two articles of one story are of one topic)%n",
                    storyPairs == 0 ? 0 : (double) samePairs / storyPairs);
            System.out.printf(Locale.ROOT, "stories of 2+ articles mixing both topics: %d%n", mixed);
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
    }
}
