package io.khabar.local;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code storyTerms} for a generated record, of the shape enrich-service's StoryTermsStage makes (scheme
 * {@code tfidf-p6-64}: TF-IDF over folded terms cut to 6 letters, the 64 heaviest, a unit vector), over the record's
 * own words, with the rarity of a term counted over the benchmark's real texts. So records made of one real text are
 * alike and the story assigner has real work: candidates to read, vectors to compare, stories to grow and merge. The
 * words are split and folded only (no analysers here, no stop words beyond the rarity), which is enough for the load.
 */
final class BenchStoryTerms {

    private static final int SIZE = 64;
    private static final int PREFIX = 6;
    private final Map<String, Map<String, Integer>> documentFrequency = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();

    BenchStoryTerms(List<CorpusTexts.Text> texts) {
        for (CorpusTexts.Text t : texts) {
            documents.merge(t.language(), 1, Integer::sum);
            Map<String, Integer> df = documentFrequency.computeIfAbsent(t.language(), k -> new HashMap<>());
            Set<String> seen = new HashSet<>(terms(t.title() + "\n" + String.join("\n", t.paragraphs())));
            seen.forEach(term -> df.merge(term, 1, Integer::sum));
        }
    }

    ObjectNode of(ObjectMapper json, String language, String text) {
        Map<String, Integer> counts = new HashMap<>();
        terms(text).forEach(t -> counts.merge(t, 1, Integer::sum));
        int n = documents.getOrDefault(language, 0);
        Map<String, Integer> df = documentFrequency.getOrDefault(language, Map.of());
        List<Map.Entry<String, Double>> weighted = new ArrayList<>();
        counts.forEach((t, c) -> weighted.add(Map.entry(t, (1 + Math.log(c))
                * (Math.log((n + 1.0) / (df.getOrDefault(t, 0) + 1.0)) + 1))));
        weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<String, Double>> top = weighted.subList(0, Math.min(SIZE, weighted.size()));
        double norm = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        ObjectNode node = json.createObjectNode().put("scheme", "tfidf-p6-64");
        ArrayNode terms = node.putArray("terms");
        ArrayNode weights = node.putArray("weights");
        for (Map.Entry<String, Double> e : top) {
            terms.add(e.getKey());
            weights.add((float) (e.getValue() / norm));
        }
        return node;
    }

    private static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            String folded = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("[\\p{Mn}\\p{Me}\\p{Cf}]", "");
            int end = folded.offsetByCodePoints(0, Math.min(PREFIX, folded.codePointCount(0, folded.length())));
            String term = folded.substring(0, end);
            if (term.codePointCount(0, term.length()) >= 3) {
                out.add(term);
            }
        }
        return out;
    }
}
