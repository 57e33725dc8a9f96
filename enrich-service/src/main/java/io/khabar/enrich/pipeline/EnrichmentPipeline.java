package io.khabar.enrich.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.enrich.mapping.EnrichedArticleEvent;
import io.khabar.enrich.mapping.RawArticle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs every stage over one article; a failing stage is reported in the output and does not stop the others. */
@ApplicationScoped
public class EnrichmentPipeline {

    @Inject
    LanguageStage language;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String pipelineVersion;

    public EnrichedArticleEvent enrich(RawArticle raw) {
        ArticleText article = new ArticleText(raw.text(), raw.title(), raw.language());
        List<StageReport> reports = new ArrayList<>();
        LanguageResult detected = run(language, article, reports);
        return new EnrichedArticleEvent(EnrichedArticleEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), raw.id(),
                raw.eventId(), raw.receivedAt(), Instant.now(), pipelineVersion, raw.text(), raw.title(), raw.url(),
                raw.source(), raw.publishedAt(), raw.language(),
                detected == null ? LanguageResult.undetermined() : detected, List.copyOf(reports));
    }

    /** Runs one stage, timing it and recording its outcome; yields {@code null} when it was skipped or failed. */
    static <R> R run(EnrichmentStage<R> stage, ArticleText article, List<StageReport> reports) {
        long start = System.nanoTime();
        try {
            if (!stage.canRun(article)) {
                reports.add(new StageReport(stage.name(), StageReport.SKIPPED, micros(start), null));
                return null;
            }
            R result = stage.apply(article);
            reports.add(new StageReport(stage.name(), StageReport.OK, micros(start), null));
            return result;
        } catch (RuntimeException e) {
            reports.add(new StageReport(stage.name(), StageReport.FAILED, micros(start),
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
            return null;
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
