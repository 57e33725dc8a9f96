package io.khabar.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.khabar.enrich.clean.Removed;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.Enrichment;
import io.khabar.enrich.pipeline.TextLayer;

/** {@code seeds <dir>}: one line of figures per plain-text article, then the stages' mean times. */
final class SeedsReport {

    private SeedsReport() {
    }

    static void run(TextLayer layer, Path dir) throws IOException {
        Map<String, long[]> times = new TreeMap<>();
        System.out.println("| file | language (paragraphs) | kept / removed lines | removed, by reason | credits "
                + "| dates (resolved) | top keywords |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Path file : Show.files(dir)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Enrichment e = layer.enrich(new ArticleText(text, null, null));
            e.stages().forEach(s -> times.computeIfAbsent(s.name(), k -> new long[2])[0] += s.micros());
            e.stages().forEach(s -> times.get(s.name())[1]++);
            Map<String, Long> reasons = e.cleaning().removed().stream()
                    .collect(Collectors.groupingBy(Removed::reason, TreeMap::new, Collectors.counting()));
            System.out.printf(Locale.ROOT, "| %s | %s %.2f (%d) | %d / %d | %s | %s | %d (%d) | %s |%n",
                    file.getFileName(), e.languages().document().code(), e.languages().document().confidence(),
                    e.languages().paragraphs().size(), e.cleaning().paragraphs().size(),
                    e.cleaning().removed().size(), reasons,
                    e.attribution().credits().stream().map(c -> c.role() + ": " + c.name())
                            .collect(Collectors.joining(", ")),
                    e.dates().mentions().size(), e.dates().mentions().stream().filter(d -> d.value() != null).count(),
                    e.keywords().stream().limit(5).map(k -> k.phrase()).collect(Collectors.joining(", ")));
        }
        System.out.println();
        times.forEach((stage, t) -> System.out.printf(Locale.ROOT, "%s: %.2f ms on average (first runs include "
                + "warm-up)%n", stage, t[0] / 1000.0 / t[1]));
    }
}
