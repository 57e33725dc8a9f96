package io.khabar.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.khabar.enrich.attribution.AttributionResult;
import io.khabar.enrich.attribution.AttributionStage;
import io.khabar.enrich.attribution.Outlets;
import io.khabar.enrich.clean.BoilerplateRules;
import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.CleaningStage;
import io.khabar.enrich.config.EnrichConfig;
import io.khabar.enrich.dates.DateFinder;
import io.khabar.enrich.dates.DatesResult;
import io.khabar.enrich.dates.DatesStage;
import io.khabar.enrich.entities.EntityResult;
import io.khabar.enrich.entities.EntityStage;
import io.khabar.enrich.entities.KnowledgeBase;
import io.khabar.enrich.entities.NameModels;
import io.khabar.enrich.language.LanguageCodes;
import io.khabar.enrich.keywords.Background;
import io.khabar.enrich.keywords.Keyword;
import io.khabar.enrich.keywords.KeywordStage;
import io.khabar.enrich.language.LanguageAnalysis;
import io.khabar.enrich.language.LanguageStage;
import io.khabar.enrich.text.NormalisationStage;
import io.khabar.enrich.text.Normalised;
import io.khabar.enrich.text.TextUnits;
import io.khabar.enrich.quotes.Quotation;
import io.khabar.enrich.quotes.QuotationStage;
import io.khabar.enrich.text.TokensStage;
import io.khabar.enrich.fingerprint.Fingerprint;
import io.khabar.enrich.fingerprint.FingerprintStage;
import io.khabar.enrich.fingerprint.StoryTerms;
import io.khabar.enrich.fingerprint.StoryTermsStage;
import io.khabar.enrich.topics.Topic;
import io.khabar.enrich.topics.TopicStage;

/**
 * The text layer in plain Java, so that the service, the evaluation command and the benchmark run the same code:
 * cleaning → attribution → language → normalisation → tokens → keywords → fingerprint → dates → entities → topics →
 * quotations. Every resource is loaded in the constructor; {@link #enrich} is thread-safe. A failing stage is reported and the others go on.
 */
public final class TextLayer {

    private final CleaningStage cleaning;
    private final AttributionStage attribution;
    private final LanguageStage language;
    private final NormalisationStage normalisation = new NormalisationStage();
    private final TokensStage tokens = new TokensStage();
    private final FingerprintStage fingerprint = new FingerprintStage();
    private final KeywordStage keywords;
    private final StoryTermsStage storyTerms;
    private final DatesStage dates;
    private final EntityStage entities;
    private final TopicStage topics;
    private final QuotationStage quotations;

    public TextLayer(EnrichConfig config) {
        this.cleaning = new CleaningStage(BoilerplateRules.load(config.cleaning().extraRules()),
                config.cleaning().maxWords());
        this.attribution = new AttributionStage(Outlets.load(config.attribution().extraOutlets()));
        this.language = new LanguageStage(config.language());
        this.keywords = new KeywordStage(new Background(config.keywords().backgroundMaxKeys()),
                config.keywords().count());
        this.storyTerms = new StoryTermsStage(new Background(config.keywords().backgroundMaxKeys()));
        this.dates = new DatesStage(new DateFinder());
        KnowledgeBase base = KnowledgeBase.load(config.entities().extraFile(),
                config.language().languages().stream().map(LanguageCodes::of).toList());
        this.entities = new EntityStage(base, NameModels.load(config.entities().models()));
        this.quotations = new QuotationStage(base);
        this.topics = new TopicStage(config.topics().extraFile(), config.topics().minScore());
    }

    /** The cleaning stage alone, for its evaluation. */
    public CleaningStage cleaning() {
        return cleaning;
    }

    /** The language stage alone, for its evaluation. */
    public LanguageStage language() {
        return language;
    }

    public Enrichment enrich(ArticleText article) {
        List<StageReport> reports = new ArrayList<>();
        CleaningResult cleaned = run(cleaning, article, reports);
        AttributionResult attributed = run(attribution, article, reports);
        LanguageAnalysis languages = run(language, article, reports);
        Normalised normalised = run(normalisation, article, reports);
        TextUnits units = run(tokens, article, reports);
        List<Keyword> phrases = run(keywords, article, reports);
        Fingerprint print = run(fingerprint, article, reports);
        StoryTerms terms = run(storyTerms, article, reports);
        DatesResult found = run(dates, article, reports);
        EntityResult named = run(entities, article, reports);
        List<Topic> about = run(topics, article, reports);
        List<Quotation> said = run(quotations, article, reports);
        return new Enrichment(cleaned, cleaned == null ? null : cleaned.cleanText(article.text()), attributed,
                languages, normalised, units, phrases, print, terms, found, named, about, said, List.copyOf(reports));
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
            article.put(stage.name(), result);
            reports.add(new StageReport(stage.name(), StageReport.OK, micros(start), null));
            return result;
        } catch (RuntimeException | StackOverflowError e) { // a regular expression too deep for one odd text
            reports.add(new StageReport(stage.name(), StageReport.FAILED, micros(start),
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
            return null;
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
