package io.khabar.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real texts {@code bench-query}'s corpus is made of: the seed articles always, and, when the public data sets
 * are next to the checkout ({@code ../shared/data}, never copied into the project), 600 Fars News articles (Persian),
 * 1,000 XGLUE news articles (German), the BSNLP Russian news and the Scrapinghub English article bodies.
 */
public final class CorpusTexts {

    /** One real article: its language, title and paragraphs, and which data set it came from. */
    public record Text(String language, String title, List<String> paragraphs, String origin) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"„«])");
    private final ObjectMapper json = new ObjectMapper();

    /** Every text found for the checkout at {@code root}; the seeds alone when the data sets are absent. */
    public List<Text> load(Path root) throws IOException {
        List<Text> texts = new ArrayList<>();
        for (Path p : ArticleImporter.files(root.resolve("seeds"))) {
            List<String> lines = lines(Files.readString(p, StandardCharsets.UTF_8));
            if (lines.size() > 1) {
                texts.add(new Text(script(String.join(" ", lines)), lines.get(0), lines.subList(1, lines.size()),
                        "seeds"));
            }
        }
        Path data = root.toAbsolutePath().getParent().resolve("shared/data");
        for (Path p : files(data.resolve("fa/fars-news"), ".json")) {
            for (JsonNode a : json.readTree(p.toFile())) {
                List<String> paragraphs = new ArrayList<>();
                if (!a.path("abstract").asText().isBlank()) {
                    paragraphs.add(a.path("abstract").asText().strip());
                }
                a.path("paragraphs").forEach(x -> paragraphs.addAll(lines(x.asText())));
                add(texts, "fa", a.path("title").asText(), paragraphs, "fars-news");
            }
        }
        for (Path p : files(data.resolve("de/xglue-nc"), ".tsv")) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    add(texts, "de", f[0], paragraphs(f[1]), "xglue-nc");
                }
            }
        }
        List<Path> russian = new ArrayList<>();
        for (Path topic : files(data.resolve("multi/bsnlp"), "")) {
            russian.addAll(files(topic.resolve("raw/ru"), ".txt"));
        }
        for (Path p : russian) {
            // id, language, date, url, title, then the body
            List<String> lines = lines(Files.readString(p, StandardCharsets.UTF_8));
            if (lines.size() > 5) {
                add(texts, "ru", lines.get(4), lines.subList(5, lines.size()), "bsnlp");
            }
        }
        Path english = data.resolve("html/scrapinghub/ground-truth.json");
        if (Files.isRegularFile(english)) {
            for (JsonNode a : json.readTree(english.toFile())) {
                List<String> lines = lines(a.path("articleBody").asText());
                if (lines.size() > 1) {
                    add(texts, "en", lines.get(0), lines.subList(1, lines.size()), "scrapinghub");
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no seed articles in " + root.resolve("seeds"));
        }
        return texts;
    }

    /** How many texts each data set gave. */
    public static Map<String, Integer> origins(List<Text> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        texts.forEach(t -> counts.merge(t.origin() + " (" + t.language() + ")", 1, Integer::sum));
        return counts;
    }

    private static void add(List<Text> texts, String language, String title, List<String> paragraphs,
                            String origin) {
        if (!title.isBlank() && !paragraphs.isEmpty()) {
            texts.add(new Text(language, title.strip(), List.copyOf(paragraphs), origin));
        }
    }

    /** A one-paragraph body cut into paragraphs of three sentences. */
    private static List<String> paragraphs(String body) {
        String[] sentences = SENTENCE_END.split(body.strip());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.length; i += 3) {
            out.add(String.join(" ", Arrays.asList(sentences).subList(i, Math.min(sentences.length, i + 3))));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The language of a seed by its script: Persian, Russian, else German. */
    private static String script(String text) {
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                .count();
        long cyrillic = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        return arabic >= Math.max(cyrillic, latin) ? "fa" : cyrillic > latin ? "ru" : "de";
    }

    /** The files (or, with an empty suffix, the folders) in {@code dir} ending so, by name; none if it is absent. */
    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> suffix.isEmpty() ? Files.isDirectory(p)
                    : Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
