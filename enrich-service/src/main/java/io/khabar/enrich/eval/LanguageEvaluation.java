package io.khabar.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.khabar.enrich.language.LanguageAnalysis;
import io.khabar.enrich.language.LanguageStage;
import io.khabar.enrich.pipeline.ArticleText;

/**
 * Language accuracy on gold sentences: PEYMA ({@code token|TAG} lines, Persian) or GermEval 2014 ({@code # url}
 * header, then {@code index TAB token TAB tag TAB tag}, German). Sentences are rebuilt by joining tokens with spaces;
 * of the first {@code limit} sentences of the file, those of at least ten words count.
 */
final class LanguageEvaluation {

    private LanguageEvaluation() {
    }

    static void run(LanguageStage stage, Path file, int limit) throws IOException {
        boolean germeval = file.getFileName().toString().endsWith(".tsv");
        String expected = germeval ? "de" : "fa";
        List<String> sentences = sentences(file, germeval, limit).stream().filter(s -> s.split(" ").length >= 10)
                .toList();
        int correct = 0;
        int unreliable = 0;
        Map<String, Integer> confusions = new TreeMap<>();
        for (String s : sentences) {
            LanguageAnalysis a = stage.apply(new ArticleText(s, null, null));
            if (a.document().code().equals(expected)) {
                correct++;
            } else {
                confusions.merge(a.document().code(), 1, Integer::sum);
                System.out.println("  wrong (" + a.document().code() + "): " + s);
            }
            if (!a.document().reliable()) {
                unreliable++;
            }
        }
        System.out.printf(Locale.ROOT, "language %s: of the first %d sentences of %s, %d have 10+ words; %d correct (%.2f%%), "
                        + "%d flagged not reliable, wrong answers by language: %s%n", expected, limit, file, sentences.size(),
                correct, 100.0 * correct / Math.max(1, sentences.size()), unreliable, confusions);
    }

    static List<String> sentences(Path file, boolean germeval, int limit) throws IOException {
        List<String> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(String.join(" ", tokens));
                    if (sentences.size() == limit) {
                        break;
                    }
                }
                tokens.clear();
            } else if (!line.startsWith("#")) {
                String token = germeval ? line.split("\t")[1] : line.substring(0, line.lastIndexOf('|'));
                tokens.add(token);
            }
        }
        return sentences;
    }
}
