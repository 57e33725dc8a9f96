package io.khabar.enrich.pipeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.enrich.config.EnrichConfig;
import io.khabar.enrich.language.LanguageResult;
import io.khabar.enrich.mapping.EnrichedArticleEvent;
import io.khabar.enrich.mapping.RawArticle;
import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's {@link TextLayer}, built at start (models and rules preloaded), turning raw articles into events. */
@Startup
@ApplicationScoped
public class EnrichmentPipeline {

    private final TextLayer layer;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String pipelineVersion;

    @Inject
    public EnrichmentPipeline(EnrichConfig config) {
        this.layer = new TextLayer(config);
    }

    public EnrichedArticleEvent enrich(RawArticle raw) {
        Enrichment e = layer.enrich(new ArticleText(raw.text(), raw.title(), raw.language(), raw.publishedAt(),
                raw.format(), raw.receivedAt()));
        LanguageResult language = e.languages() == null ? LanguageResult.undetermined() : e.languages().document();
        return new EnrichedArticleEvent(EnrichedArticleEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), raw.id(),
                raw.eventId(), raw.receivedAt(), Instant.now(), pipelineVersion, raw.text(), raw.title(), raw.url(),
                raw.source(), raw.publishedAt(), raw.language(), language,
                e.dates() == null ? null : e.dates().publication(), e.cleanText(),
                e.normalised() == null ? null : e.normalised().text(), e.cleaning(), e.attribution(), e.languages(),
                e.units(), e.keywords(), e.fingerprint(), e.storyTerms(), e.dates(), e.entities(), e.topics(), e.quotations(), e.stages());
    }
}
