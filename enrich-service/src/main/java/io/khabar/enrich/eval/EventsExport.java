package io.khabar.enrich.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.khabar.enrich.config.EnrichConfig;
import io.khabar.enrich.mapping.RawArticle;
import io.khabar.enrich.pipeline.EnrichmentPipeline;

/**
 * {@code events <semeval.csv|bsnlp dir> <out.jsonl>}: every article of a story-evaluation set enriched exactly as
 * enrich-service does it, written as {@code articles.enriched} values, one a line, for query-service's story
 * evaluation ({@code io.khabar.query.eval.EvaluateStories}), which must not need the enrichment pipeline itself.
 * SemEval-2022 task 8 texts get the id from their pair id ({@code <id1>_<id2>}) and no publication time (the set has
 * none); BSNLP raw files ({@code <topic>/raw/<lang>/*.txt}: id, language, date, url, title, body) get
 * {@code <topic>/<id>} and their date.
 */
final class EventsExport {

    private EventsExport() {
    }

    /** One article to enrich. */
    record Item(String id, String language, Instant published, String url, String title, String text) {
    }

    static void run(EnrichConfig config, Path source, Path out) throws IOException {
        List<Item> items = Files.isDirectory(source) ? bsnlp(source) : semeval(source);
        EnrichmentPipeline pipeline = new EnrichmentPipeline(config);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Instant received = Instant.parse("2026-01-01T00:00:00Z");
        long start = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Item i : items) {
                RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, "eval-" + i.id(), i.id(), received,
                        i.text(), i.title(), i.url(), null, i.published(), i.language(), null, "text", null);
                w.write(json.writeValueAsString(pipeline.enrich(raw)));
                w.newLine();
            }
        }
        System.err.printf(Locale.ROOT, "%d articles enriched in %.1f s into %s%n", items.size(),
                (System.nanoTime() - start) / 1e9, out);
    }

    /** Each text of the pairs once. */
    static List<Item> semeval(Path csv) throws IOException {
        Map<String, Item> items = new LinkedHashMap<>();
        CsvMapper mapper = new CsvMapper();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String[] ids = required(row, "pair_id").split("_");
                if (ids.length != 2) {
                    throw new IllegalArgumentException("pair_id is not <id1>_<id2>: " + row.get("pair_id"));
                }
                for (int k = 1; k <= 2; k++) {
                    String text = required(row, "text" + k);
                    items.putIfAbsent(ids[k - 1], new Item(ids[k - 1], required(row, "lang" + k), null, null, null,
                            text));
                }
            }
        }
        return new ArrayList<>(items.values());
    }

    /** Every raw file under {@code dir} (one topic, or a folder of topics). */
    static List<Item> bsnlp(Path dir) throws IOException {
        List<Item> items = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path file : s.filter(p -> p.getParent().getParent().getFileName().toString().equals("raw")
                    && p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() < 5) {
                    throw new IllegalArgumentException(file + ": a BSNLP raw file has id, language, date, url,"
                            + " title and body lines");
                }
                String topic = file.getParent().getParent().getParent().getFileName().toString();
                Instant published = null;
                try {
                    published = LocalDate.parse(lines.get(2).strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (RuntimeException e) {
                    // a few files have no usable date: the article is then undated, as many real ones are
                }
                String body = String.join("\n", lines.subList(5, lines.size())).strip();
                items.add(new Item(topic + "/" + lines.get(0).strip(), lines.get(1).strip(), published,
                        lines.get(3).strip(), lines.get(4).strip(), lines.get(4).strip() + "\n" + body));
            }
        }
        return items;
    }

    private static String required(Map<String, String> row, String column) {
        String v = row.get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("column '" + column + "' is missing or empty in a row");
        }
        return v;
    }
}
