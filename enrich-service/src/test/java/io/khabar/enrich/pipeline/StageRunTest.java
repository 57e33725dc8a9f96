package io.khabar.enrich.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A stage that fails or cannot run is reported, and the next stage still runs. */
class StageRunTest {

    private record Stage(String name, boolean runs, RuntimeException failure) implements EnrichmentStage<String> {
        @Override
        public boolean canRun(ArticleText article) {
            return runs;
        }

        @Override
        public String apply(ArticleText article) {
            if (failure != null) {
                throw failure;
            }
            return "done";
        }
    }

    @Test
    void failedSkippedAndOkAreReportedInOrderAndOnlyOkResultsArePassedOn() {
        ArticleText article = new ArticleText("text", null, null);
        List<StageReport> reports = new ArrayList<>();
        assertNull(TextLayer.run(new Stage("broken", true, new IllegalStateException("no model")), article, reports));
        assertNull(TextLayer.run(new Stage("idle", false, null), article, reports));
        assertEquals("done", TextLayer.run(new Stage("fine", true, null), article, reports));
        assertEquals(List.of("failed", "skipped", "ok"), reports.stream().map(StageReport::status).toList());
        assertEquals("IllegalStateException: no model", reports.get(0).error());
        assertNull(article.result("broken", String.class));
        assertEquals("done", article.result("fine", String.class));
        assertTrue(reports.stream().allMatch(r -> r.micros() >= 0));
    }
}
