package io.khabar.enrich.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.CleaningStage;
import io.khabar.enrich.pipeline.ArticleText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Cleaning against gold main text (the scrapinghub article-extraction benchmark: {@code ground-truth.json} and
 * {@code html/<id>.html.gz}). Each page is turned into the plain text a scraper would send (jsoup's text of the body,
 * one line per block), cleaned, and the kept text compared with the gold body as bags of words: precision, recall and
 * F1, next to the same figures for the uncleaned text.
 */
final class CleaningEvaluation {

    private CleaningEvaluation() {
    }

    static void run(CleaningStage stage, Path dir) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        double[] raw = new double[3];
        double[] cleaned = new double[3];
        int pages = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.exists(page)) {
                continue;
            }
            String text = plainText(page);
            String body = e.getValue().path("articleBody").asText();
            CleaningResult r = stage.apply(new ArticleText(text, null, null));
            add(raw, overlap(text, body));
            add(cleaned, overlap(r.cleanText(text), body));
            pages++;
        }
        System.out.printf(Locale.ROOT, "cleaning on %d pages of %s (bag-of-words, macro average):%n", pages, dir);
        System.out.printf(Locale.ROOT, "  page text as is: precision %.3f recall %.3f F1 %.3f%n",
                raw[0] / pages, raw[1] / pages, raw[2] / pages);
        System.out.printf(Locale.ROOT, "  after cleaning:  precision %.3f recall %.3f F1 %.3f%n",
                cleaned[0] / pages, cleaned[1] / pages, cleaned[2] / pages);
    }

    /** The body's text with a line break after every block, as a page copied to plain text looks. */
    static String plainText(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Document doc = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            doc.select("script, style, noscript, template, svg").remove();
            doc.select("p, div, li, h1, h2, h3, h4, h5, h6, tr, br, header, footer, nav, section, article, aside")
                    .after("\n");
            return doc.body() == null ? "" : doc.body().wholeText().replaceAll("[ \t\u00A0]+", " ");
        }
    }

    private static void add(double[] sum, double[] v) {
        for (int i = 0; i < 3; i++) {
            sum[i] += v[i];
        }
    }

    /** Precision, recall, F1 of {@code found}'s words against {@code gold}'s, as multisets. */
    static double[] overlap(String found, String gold) {
        Map<String, Integer> g = words(gold);
        Map<String, Integer> f = words(found);
        int common = 0;
        for (Map.Entry<String, Integer> e : f.entrySet()) {
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        int nf = f.values().stream().mapToInt(Integer::intValue).sum();
        int ng = g.values().stream().mapToInt(Integer::intValue).sum();
        double p = nf == 0 ? 0 : (double) common / nf;
        double r = ng == 0 ? 0 : (double) common / ng;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static Map<String, Integer> words(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                m.merge(w, 1, Integer::sum);
            }
        }
        return m;
    }
}
