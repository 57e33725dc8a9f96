package io.khabar.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.TextLayer;
import io.khabar.enrich.topics.Topic;

/**
 * Topic accuracy on categorised news: XGLUE NC German ({@code title TAB body TAB category}) and Fars News Persian
 * (JSON array with {@code title, abstract, paragraphs[], cat}). Each source category is mapped to the IPTC top-level
 * topics that count as right (the mapping below; categories with no counterpart, such as XGLUE's "news" or "video"
 * and Fars's provinces, are left out); an article is right when its best top-level topic is one of them.
 */
final class TopicEvaluation {

    /** Source category → the IPTC top-level topics that count as right. */
    static final Map<String, Set<String>> MAPPING = Map.ofEntries(
            Map.entry("sports", Set.of("medtop:15000000")),
            Map.entry("finance", Set.of("medtop:04000000")),
            Map.entry("entertainment", Set.of("medtop:01000000")),
            Map.entry("health", Set.of("medtop:07000000")),
            Map.entry("lifestyle", Set.of("medtop:10000000")),
            Map.entry("travel", Set.of("medtop:10000000")),
            Map.entry("politics", Set.of("medtop:11000000")),
            Map.entry("foreign-policy", Set.of("medtop:11000000", "medtop:16000000")),
            Map.entry("world", Set.of("medtop:11000000", "medtop:16000000")),
            Map.entry("economy", Set.of("medtop:04000000")),
            Map.entry("social", Set.of("medtop:14000000", "medtop:02000000", "medtop:03000000")),
            Map.entry("culture", Set.of("medtop:01000000", "medtop:12000000")),
            Map.entry("arts-media", Set.of("medtop:01000000")),
            Map.entry("scientific-academic", Set.of("medtop:13000000", "medtop:05000000")));

    private TopicEvaluation() {
    }

    static void run(TextLayer layer, Path path) throws IOException {
        Map<String, int[]> byCategory = new TreeMap<>(); // category -> {articles, right}
        if (path.getFileName().toString().endsWith(".tsv")) {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 3) {
                    score(layer, f[0] + "\n" + f[1], f[2].trim(), byCategory);
                }
            }
        } else {
            ObjectMapper json = new ObjectMapper();
            List<Path> files;
            try (Stream<Path> s = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path file : files) {
                for (JsonNode a : json.readTree(file.toFile())) {
                    StringBuilder text = new StringBuilder(a.path("title").asText()).append('\n')
                            .append(a.path("abstract").asText());
                    a.path("paragraphs").forEach(p -> text.append('\n').append(p.asText()));
                    score(layer, text.toString(), a.path("cat").asText(), byCategory);
                }
            }
        }
        int articles = 0;
        int right = 0;
        System.out.printf(Locale.ROOT, "topics on %s (best top-level topic in the mapped set):%n", path);
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-20s %4d articles, %4d right (%.1f%%)%n", e.getKey(), e.getValue()[0],
                    e.getValue()[1], 100.0 * e.getValue()[1] / e.getValue()[0]);
            articles += e.getValue()[0];
            right += e.getValue()[1];
        }
        System.out.printf(Locale.ROOT, "  all mapped           %4d articles, %4d right (%.1f%%)%n", articles, right,
                100.0 * right / Math.max(1, articles));
    }

    private static void score(TextLayer layer, String text, String category, Map<String, int[]> byCategory) {
        Set<String> expected = MAPPING.get(category);
        if (expected == null) {
            return;
        }
        List<Topic> topics = layer.enrich(new ArticleText(text, null, null)).topics();
        String best = topics == null ? null : topics.stream().filter(t -> t.parent() == null && t.id().startsWith("medtop:"))
                .findFirst().map(Topic::id).orElse(null);
        int[] c = byCategory.computeIfAbsent(category, k -> new int[2]);
        c[0]++;
        if (best != null && expected.contains(best)) {
            c[1]++;
        }
    }
}
