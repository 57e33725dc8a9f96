package io.khabar.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.TextLayer;

/**
 * {@code timing <dir> [rounds]}: mean time of each stage over the {@code .txt} files, after as many warm-up rounds.
 * A profile of where the text layer spends its time; the throughput figure comes from the JMH benchmark.
 */
final class StageTiming {

    private StageTiming() {
    }

    static void run(TextLayer layer, Path dir, int rounds) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : Show.files(dir)) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        for (int round = 0; round < 2 * rounds; round++) {
            for (String text : texts) {
                boolean measured = round >= rounds;
                layer.enrich(new ArticleText(text, null, null)).stages().forEach(s -> {
                    if (measured) {
                        long[] t = times.computeIfAbsent(s.name(), k -> new long[2]);
                        t[0] += s.micros();
                        t[1]++;
                    }
                });
            }
        }
        long total = times.values().stream().mapToLong(t -> t[0] / t[1]).sum();
        times.forEach((stage, t) -> System.out.printf(Locale.ROOT, "%-14s %8.3f ms %5.1f%%%n", stage,
                t[0] / 1000.0 / t[1], 100.0 * (t[0] / t[1]) / total));
        System.out.printf(Locale.ROOT, "%-14s %8.3f ms per article (%d articles x %d rounds after %d warm-up rounds)%n",
                "all", total / 1000.0, texts.size(), rounds, rounds);
    }
}
