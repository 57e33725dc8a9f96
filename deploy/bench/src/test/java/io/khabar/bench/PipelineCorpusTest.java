package io.khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.local.CorpusTexts;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's corpus: the same in every run, made of whole ingest articles, with re-posts that equal an earlier
 * article byte for byte and republished copies that carry an earlier report inside another site's chrome, in about
 * the shares it says. Works with the seeds alone (a fresh clone) as well as with the data sets.
 */
class PipelineCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void articlesAreRealisticAndTheSameInEveryRun() throws Exception {
        Path root = KhabarBench.projectRoot();
        List<CorpusTexts.Text> texts = new CorpusTexts().load(root);
        List<String> outlets = Files.readAllLines(root.resolve("enrich-service/src/main/resources/khabar/outlets.txt"),
                StandardCharsets.UTF_8);
        PipelineCorpus corpus = new PipelineCorpus(texts, outlets, 1);
        PipelineCorpus again = new PipelineCorpus(texts, outlets, 1);
        int n = 3000;
        Map<String, Integer> byJson = new HashMap<>();
        Set<String> urls = new HashSet<>();
        int reposts = 0;
        int copies = 0;
        for (int i = 0; i < n; i++) {
            PipelineCorpus.Article a = corpus.get(i);
            assertEquals(a.json(), again.get(i).json(), "article " + i + " differs between runs");
            JsonNode article = JSON.readTree(a.json());
            for (String field : List.of("title", "text", "source", "url", "publishedAt")) {
                assertFalse(article.path(field).asText().isBlank(), "article " + i + " has no " + field);
            }
            Instant.parse(article.path("publishedAt").asText());
            if (a.repost()) {
                reposts++;
                Integer earlier = byJson.get(a.json());
                assertTrue(earlier != null && earlier < i && earlier >= i - 501, "re-post " + i + " equals an article"
                        + " posted shortly before it: " + earlier);
                continue;
            }
            assertTrue(urls.add(article.path("url").asText()), "every article but a re-post has its own URL: " + i);
            byJson.put(a.json(), i);
            if (article.path("text").asText().contains("Alle Rechte vorbehalten.")
                    || article.path("text").asText().contains("کلیه حقوق این سایت محفوظ است.")
                    || article.path("text").asText().contains("Все права защищены.")
                    || article.path("text").asText().contains("All rights reserved.")) {
                copies++;
            }
        }
        assertTrue(reposts > n * PipelineCorpus.REPOST_PERCENT / 200 && reposts < n * PipelineCorpus.REPOST_PERCENT
                * 2 / 100, "about " + PipelineCorpus.REPOST_PERCENT + "% re-posts: " + reposts);
        assertTrue(copies > n * PipelineCorpus.COPY_PERCENT / 200 && copies < n * PipelineCorpus.COPY_PERCENT
                * 2 / 100, "about " + PipelineCorpus.COPY_PERCENT + "% copies: " + copies);
    }

    @Test
    void steadyRateIsTakenBetweenTenAndNinetyPercentStored() {
        List<Sampler.Point> points = new java.util.ArrayList<>();
        for (int t = 0; t <= 20; t++) { // 100 before, then 50 a second from t = 5
            long stored = 100 + Math.max(0, (t - 5) * 50L);
            points.add(new Sampler.Point(t, 0, Math.min(stored, 600), Map.of(), Map.of(), Map.of()));
        }
        assertEquals(50.0, PipelinePhase.steadyRate(points, 100, 500), 1e-9);
        assertTrue(Double.isNaN(PipelinePhase.steadyRate(points.subList(0, 3), 100, 500)), "not enough stored");
    }
}
